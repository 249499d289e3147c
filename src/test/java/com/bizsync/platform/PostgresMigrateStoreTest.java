package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.AppProcess;
import com.bizsync.testing.LocalPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bizsync platform migrate-store}: an embedded platform's accounts, publications, users
 * and mobile sessions move to PostgreSQL, and the platform started there serves them as before:
 * the same token reads the same figures, the same passwords sign in and publish.
 */
class PostgresMigrateStoreTest {
    private static final String PASSWORD = "acme-secret";

    @TempDir
    Path home;

    @Test
    void theEmbeddedStoreMovesToPostgresqlAndUsersNoticeNothing() throws Exception {
        Path data = home.resolve("embedded");
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            storage.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt(PASSWORD));
        }
        String token;
        String deviceToken;
        try (PlatformServer embedded = PlatformServer.start(PlatformConfig.defaults(data).withLimits(AbuseLimits.defaults().withHashCosts(4, 12)))) {
            Api api = new Api("http://127.0.0.1:" + embedded.port());
            assertEquals(200, api.put("/api/v1/publisher/companies/BIJOU/publication", Api.basic("ACME", PASSWORD),
                    Fixtures.publication("Version 7", 7)).status());
            assertEquals(200, api.put("/api/v1/publisher/users", Api.basic("ACME", PASSWORD), Fixtures.users(
                    Fixtures.user("jdupont", "Jean Dupont", "pw", Map.of("BIJOU", List.of("sales_revenue"))))).status());
            token = Api.bearer(api.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME",
                    "company", "BIJOU", "login", "jdupont", "password", "pw")).json().get("token").asText());
            deviceToken = Api.bearer(api.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME",
                    "company", "BIJOU", "login", "jdupont", "password", "pw", "device", true)).json()
                    .get("token").asText());
        }

        // Sign-in throttling keeps its buckets too (their number is the throttle's business): all are copied.
        int buckets;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + data.resolve(SqlitePlatformStorage.FILE_NAME));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM throttle_bucket")) {
            rs.next();
            buckets = rs.getInt(1);
        }
        assertTrue(buckets >= 1, "the sign-ins left throttling state: " + buckets);
        LocalPostgres pg = LocalPostgres.shared();
        String url = pg.url(pg.createDatabase());
        try (AppProcess copy = migrate(data, url)) {
            assertEquals(0, copy.waitFor(120), copy.output());
            assertEquals("""
                    customer : une ligne copiée
                    device_session : une ligne copiée
                    mobile_user : une ligne copiée
                    publication : une ligne copiée
                    throttle_bucket : %s
                    token : une ligne copiée
                    user_grant : une ligne copiée
                    Données de %s copiées dans %s. Démarrez maintenant la plateforme avec --database.
                    """.formatted(buckets == 1 ? "une ligne copiée" : buckets + " lignes copiées", data,
                    url.substring(0, url.indexOf('?'))), copy.output());
        }

        PlatformConfig onPostgres = PlatformConfig.defaults(home.resolve("unused"))
                .withDatabase(new PlatformDatabase(url, LocalPostgres.PASSWORD.toCharArray())).withLimits(AbuseLimits.defaults().withHashCosts(4, 12));
        try (PlatformServer moved = PlatformServer.start(onPostgres)) {
            Api api = new Api("http://127.0.0.1:" + moved.port());
            Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", token);
            assertEquals(200, read.status(), read.text());
            assertEquals(8.0, read.json().get("views").get("sales_revenue").get("month").asDouble());
            assertEquals(List.of("sales_revenue"), List.copyOf(iterable(read.json().get("views").fieldNames())));
            assertEquals(200, api.get("/api/v1/mobile/companies/BIJOU/views", deviceToken).status(),
                    "the phone that stays signed in stays signed in");
            assertEquals("Acme SARL", api.get("/api/v1/publisher/check", Api.basic("ACME", PASSWORD)).json()
                    .get("name").asText());
            assertEquals(200, api.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME",
                    "company", "BIJOU", "login", "jdupont", "password", "pw")).status());
        }

        // A second copy into the same database would mix two platforms: refused, nothing copied.
        try (AppProcess again = migrate(data, url)) {
            assertEquals(1, again.waitFor(120), again.output());
            assertTrue(again.output().contains("La base " + url.substring(0, url.indexOf('?'))
                    + " contient déjà des données (table customer) : rien n'a été copié."), again.output());
        }
    }

    private AppProcess migrate(Path data, String url) {
        return AppProcess.start(home, Map.of("BIZSYNC_DATABASE_PASSWORD", LocalPostgres.PASSWORD),
                "platform", "migrate-store", "--from", data.toString(), "--to", url);
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
