package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a real platform on 127.0.0.1 (random port) over a real SQLite file in a temporary
 * folder, with two customers: ACME and GLOBEX.
 */
abstract class PlatformTestBase {
    static final String ACME_PASSWORD = "acme-secret";
    static final String GLOBEX_PASSWORD = "globex-secret";

    @TempDir
    Path data;
    final MutableClock clock = new MutableClock();
    PlatformServer server;
    Api api;

    @BeforeEach
    void startPlatform() {
        Fixtures.addCustomer(data, "ACME", "Acme SARL", ACME_PASSWORD);
        Fixtures.addCustomer(data, "GLOBEX", "Globex SA", GLOBEX_PASSWORD);
        server = PlatformServer.start(config());
        api = new Api("http://127.0.0.1:" + server.port());
    }

    PlatformConfig config() {
        // Fixtures hash at cost 4 so tests stay fast; the production range starts at 10.
        return PlatformConfig.defaults(data).withClock(clock).withLimits(AbuseLimits.defaults().withHashCosts(4, 12));
    }

    @AfterEach
    void stopPlatform() {
        if (server != null) {
            server.close();
        }
    }

    static String acme() {
        return Api.basic("ACME", ACME_PASSWORD);
    }

    static String globex() {
        return Api.basic("GLOBEX", GLOBEX_PASSWORD);
    }

    void publish(String auth, String company, JsonNode publication) {
        Api.Answer a = api.put("/api/v1/publisher/companies/" + company + "/publication", auth, publication);
        assertEquals(200, a.status(), a.text());
    }

    void putUsers(String auth, JsonNode users) {
        Api.Answer a = api.put("/api/v1/publisher/users", auth, users);
        assertEquals(200, a.status(), a.text());
    }

    Api.Answer signIn(String customer, String company, String login, String password) {
        return api.post("/api/v1/mobile/sessions", null,
                Map.of("customer", customer, "company", company, "login", login, "password", password));
    }

    String token(String customer, String company, String login, String password) {
        Api.Answer a = signIn(customer, company, login, password);
        assertEquals(200, a.status(), a.text());
        return a.json().get("token").asText();
    }

    /** An ACME user as the publisher sends it again, password unchanged, with new grants. */
    com.fasterxml.jackson.databind.node.ObjectNode userWithSameHash(String login, Map<String, List<String>> grants) {
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            PlatformUser existing = storage.user("ACME", login).orElseThrow();
            com.fasterxml.jackson.databind.node.ObjectNode u = Fixtures.user(login, existing.name(), "unused", grants);
            u.put("passwordHash", existing.passwordHash());
            return u;
        }
    }

    static Map<String, List<String>> grants(Object... companyThenViews) {
        java.util.LinkedHashMap<String, List<String>> g = new java.util.LinkedHashMap<>();
        for (int i = 0; i < companyThenViews.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> views = (List<String>) companyThenViews[i + 1];
            g.put((String) companyThenViews[i], views);
        }
        return g;
    }
}
