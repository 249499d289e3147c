package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.testing.PlatformStoreUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data folder outlives the process: stop, start again on the same folder, all is there. */
class PlatformRestartTest extends PlatformTestBase {

    @Test
    void publicationsUsersAndTokensSurviveARestartAndDeletionsToo() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 10));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "pw",
                grants("BIJOU", List.of("sales_revenue")))));
        String token = Api.bearer(token("ACME", "BIJOU", "jdupont", "pw"));

        restart();
        Api.Answer after = api.get("/api/v1/mobile/companies/BIJOU/views", token);
        assertEquals(200, after.status(), after.text());
        assertEquals(11.0, after.json().get("views").get("sales_revenue").get("month").asDouble());
        assertEquals(200, signIn("ACME", "BIJOU", "jdupont", "pw").status());
        assertEquals(200, api.get("/api/v1/publisher/check", acme()).status());

        assertEquals(204, api.delete("/api/v1/publisher/data", acme()).status());
        restart();
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies/BIJOU/views", token).error());
        assertEquals("bad_credentials", signIn("ACME", "BIJOU", "jdupont", "pw").error());
        try (JdbcPlatformStorage storage = PlatformStoreUnderTest.open(data)) {
            assertEquals(List.of(), storage.publicationHeaders("ACME"));
        }
    }

    private void restart() {
        server.close();
        server = null;
        server = PlatformServer.start(config());
        api = new Api("http://127.0.0.1:" + server.port());
    }
}
