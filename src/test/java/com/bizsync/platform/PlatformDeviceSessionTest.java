package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A phone that stays signed in: a long-lived device session that outlives the 12-hour token and a
 * platform restart, is stored only as a hash, stays alive while used, and is revoked by sign-out,
 * the user's removal, a new password or a withdrawn company.
 */
class PlatformDeviceSessionTest extends PlatformTestBase {

    @BeforeEach
    void publishAndGrant() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        publish(acme(), "GROUPE", Fixtures.publication("Groupe Acme", 200));
        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                        grants("BIJOU", List.of("sales_revenue"), "GROUPE", List.of("sales_revenue"))),
                Fixtures.user("mmartin", "Marie Martin", "marie-pw", grants("GROUPE", List.of("sales_revenue")))));
    }

    private Api.Answer deviceSignIn(String login, String password) {
        return api.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME", "company",
                login.equals("jdupont") ? "BIJOU" : "GROUPE", "login", login, "password", password, "device", true));
    }

    private String device(String login, String password) {
        Api.Answer a = deviceSignIn(login, password);
        assertEquals(200, a.status(), a.text());
        return Api.bearer(a.json().get("token").asText());
    }

    private int companiesStatus(String bearer) {
        return api.get("/api/v1/mobile/companies", bearer).status();
    }

    @Test
    void aDeviceSessionLastsHalfAYearOutlivesTheShortTokenAndARestartAndIsStoredHashed() throws Exception {
        Api.Answer a = deviceSignIn("jdupont", "jean-pw");
        assertEquals(200, a.status(), a.text());
        String token = a.json().get("token").asText();
        assertEquals(Duration.ofDays(180).toSeconds(),
                Duration.between(clock.instant(), Instant.parse(a.json().get("expiresAt").asText())).toSeconds());
        assertEquals("Jean Dupont", a.json().get("user").asText());

        clock.advance(Duration.ofHours(13));
        server.close();
        server = PlatformServer.start(config());
        api = new Api("http://127.0.0.1:" + server.port());
        assertEquals(200, companiesStatus(Api.bearer(token)));

        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqlitePlatformStorage.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("SELECT token_hash FROM device_session")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertEquals(List.of(Tokens.hash(token)), stored, "only the hash, never the token");
    }

    @Test
    void aDeviceFlagThatIsNotTrueOrFalseIsABadRequest() {
        Api.Answer a = api.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME", "company", "BIJOU",
                "login", "jdupont", "password", "jean-pw", "device", "yes"));
        assertEquals(400, a.status(), a.text());
        assertEquals("bad_request", a.error());
        assertEquals("device must be true or false.", a.json().get("message").asText());
    }

    @Test
    void aDeviceSessionInUseStaysAliveAndOneLeftAloneExpires() {
        String used = device("jdupont", "jean-pw");
        String forgotten = device("jdupont", "jean-pw");
        clock.advance(Duration.ofDays(100));
        assertEquals(200, companiesStatus(used));
        clock.advance(Duration.ofDays(100));
        assertEquals(200, companiesStatus(used), "used 100 days ago: still signed in 200 days after sign-in");
        assertEquals("token_expired", api.get("/api/v1/mobile/companies", forgotten).error());
    }

    @Test
    void signingOutRevokesOnlyThatPhone() {
        String phone = device("jdupont", "jean-pw");
        String tablet = device("jdupont", "jean-pw");
        assertEquals(204, api.delete("/api/v1/mobile/sessions/current", phone).status());
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", phone).error());
        assertEquals(200, companiesStatus(tablet));
    }

    @Test
    void removingTheUserChangingTheirPasswordOrWithdrawingACompanyRevokesTheirDevices() {
        String jean = device("jdupont", "jean-pw");
        String marie = device("mmartin", "marie-pw");
        // Jean loses GROUPE (keeps his password); Marie keeps everything.
        putUsers(acme(), Fixtures.users(
                userWithSameHash("jdupont",
                        grants("BIJOU", List.of("sales_revenue", "cash_position"))),
                userWithSameHash("mmartin",
                        grants("GROUPE", List.of("sales_revenue")))));
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", jean).error());
        assertEquals(200, companiesStatus(marie), "an unchanged user stays signed in");

        // A view added on a company she keeps does not sign her out either.
        putUsers(acme(), Fixtures.users(userWithSameHash("jdupont", grants("BIJOU", List.of("sales_revenue"))),
                userWithSameHash("mmartin", grants("GROUPE", List.of("sales_revenue", "top5_items_year")))));
        assertEquals(200, companiesStatus(marie));

        String newJean = device("jdupont", "jean-pw");
        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "new-jean-pw", grants("BIJOU", List.of("sales_revenue"))),
                userWithSameHash("mmartin",
                        grants("GROUPE", List.of("sales_revenue")))));
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", newJean).error(), "new password");

        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "new-jean-pw", grants("BIJOU", List.of("sales_revenue")))));
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", marie).error(), "user removed");
        assertEquals("bad_credentials", deviceSignIn("mmartin", "marie-pw").error(), "and cannot sign in again");
    }
}
