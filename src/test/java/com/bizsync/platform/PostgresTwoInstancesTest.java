package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.testing.AppProcess;
import com.bizsync.testing.LocalPostgres;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two platform instances as real processes ({@code bizsync platform serve --database …}, the
 * password in BIZSYNC_DATABASE_PASSWORD) sharing one PostgreSQL database: any instance serves any
 * request, and one killed in the middle of publications leaves the other serving, the mobile
 * token still valid, and no publication half-applied.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PostgresTwoInstancesTest {
    private static final Pattern LISTENING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String PASSWORD = "acme-secret";

    @TempDir
    Path home;

    @Test
    void anInstanceKilledMidRequestLeavesTheOtherServingWithTheSameToken() throws Exception {
        LocalPostgres pg = LocalPostgres.shared();
        String url = pg.url(pg.createDatabase());
        try (JdbcPlatformStorage storage = PostgresPlatformStorage.open(
                new PlatformDatabase(url, LocalPostgres.PASSWORD.toCharArray()))) {
            storage.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt(PASSWORD));
        }
        try (AppProcess first = serve(url); AppProcess second = serve(url)) {
            Api a = new Api("http://127.0.0.1:" + port(first));
            Api b = new Api("http://127.0.0.1:" + port(second));
            String publisher = Api.basic("ACME", PASSWORD);
            assertEquals(200, a.put("/api/v1/publisher/companies/BIJOU/publication", publisher,
                    Fixtures.publication("Version 1", 1)).status());
            List<String> allViews = Arrays.stream(ViewId.values()).map(ViewId::id).toList();
            // A real process keeps the production range of costs: the console's cost.
            ObjectNode reader = Fixtures.user("reader", "Reader", "pw", Map.of("BIJOU", allViews))
                    .put("passwordHash", BCrypt.withDefaults().hashToString(PasswordHashes.MOBILE_COST, "pw".toCharArray()));
            assertEquals(200, a.put("/api/v1/publisher/users", publisher, Fixtures.users(reader)).status());
            Api.Answer signIn = a.post("/api/v1/mobile/sessions", null,
                    Map.of("customer", "ACME", "company", "BIJOU", "login", "reader", "password", "pw"));
            assertEquals(200, signIn.status(), signIn.text());
            String token = Api.bearer(signIn.json().get("token").asText());

            // Signed in through the first, read through the second: nothing lives in one instance.
            Api.Answer throughSecond = b.get("/api/v1/mobile/companies/BIJOU/views", token);
            assertEquals(200, throughSecond.status(), throughSecond.text());
            assertEquals("Version 1", throughSecond.json().get("company").get("name").asText());

            // The first is killed while publications stream into it.
            ExecutorService pool = Executors.newSingleThreadExecutor();
            AtomicBoolean go = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger(1);
            Future<?> publishing = pool.submit(() -> {
                for (int v = 2; go.get(); v++) {
                    try {
                        a.put("/api/v1/publisher/companies/BIJOU/publication", publisher,
                                Fixtures.publication("Version " + v, v));
                        sent.set(v);
                    } catch (RuntimeException killed) {
                        return null;
                    }
                }
                return null;
            });
            try {
                while (sent.get() < 4) {
                    Thread.sleep(10);
                }
                first.kill(30);
                publishing.get(1, TimeUnit.MINUTES);
            } finally {
                go.set(false);
                pool.shutdownNow();
            }

            Api.Answer after = b.get("/api/v1/mobile/companies/BIJOU/views", token);
            assertEquals(200, after.status(), after.text());
            assertEquals(null, PublicationMarker.inconsistency(after.json()), "a whole version, never half of one");
            int version = PublicationMarker.version(after.json());
            assertTrue(version >= sent.get(), "the last acknowledged publication (" + sent.get() + ") or the one in"
                    + " flight, committed before the kill: " + version);

            // The publisher's retry goes to the surviving instance and completes.
            assertEquals(200, b.put("/api/v1/publisher/companies/BIJOU/publication", publisher,
                    Fixtures.publication("Version 1000", 1000)).status());
            assertEquals("Version 1000", b.get("/api/v1/mobile/companies/BIJOU/views", token).json()
                    .get("company").get("name").asText());
            assertTrue(second.alive());
        }
    }

    @Test
    void whatOneInstanceChangesTheOtherNoLongerServesFromMemory() throws Exception {
        LocalPostgres pg = LocalPostgres.shared();
        PlatformDatabase db = new PlatformDatabase(pg.url(pg.createDatabase()), LocalPostgres.PASSWORD.toCharArray());
        try (JdbcPlatformStorage storage = PostgresPlatformStorage.open(db)) {
            storage.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt(PASSWORD));
        }
        PlatformConfig config = PlatformConfig.defaults(home).withDatabase(db).withLimits(AbuseLimits.defaults().withHashCosts(4, 12));
        try (PlatformServer first = PlatformServer.start(config); PlatformServer second = PlatformServer.start(config)) {
            Api a = new Api("http://127.0.0.1:" + first.port());
            Api b = new Api("http://127.0.0.1:" + second.port());
            String publisher = Api.basic("ACME", PASSWORD);
            List<String> allViews = Arrays.stream(ViewId.values()).map(ViewId::id).toList();
            assertEquals(200, a.put("/api/v1/publisher/companies/BIJOU/publication", publisher,
                    Fixtures.publication("Version 1", 1)).status());
            assertEquals(200, a.put("/api/v1/publisher/users", publisher, Fixtures.users(
                    Fixtures.user("reader", "Reader", "pw", Map.of("BIJOU", allViews)))).status());
            String token = Api.bearer(a.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME",
                    "company", "BIJOU", "login", "reader", "password", "pw")).json().get("token").asText());
            // The second instance reads twice: the session, the user and the publication are now in its memory.
            for (int i = 0; i < 2; i++) {
                assertEquals("Version 1", b.get("/api/v1/mobile/companies/BIJOU/views", token).json()
                        .get("company").get("name").asText());
            }

            assertEquals(200, a.put("/api/v1/publisher/companies/BIJOU/publication", publisher,
                    Fixtures.publication("Version 2", 2)).status());
            eventually(() -> "Version 2".equals(b.get("/api/v1/mobile/companies/BIJOU/views", token).json()
                    .get("company").get("name").asText()), "the new publication through the other instance");

            assertEquals(204, a.delete("/api/v1/mobile/sessions/current", token).status());
            eventually(() -> "token_invalid".equals(b.get("/api/v1/mobile/companies/BIJOU/views", token).error()),
                    "the signed-out token refused by the other instance");

            String again = Api.bearer(b.post("/api/v1/mobile/sessions", null, Map.of("customer", "ACME",
                    "company", "BIJOU", "login", "reader", "password", "pw")).json().get("token").asText());
            assertEquals(200, b.get("/api/v1/mobile/companies/BIJOU/views", again).status());
            assertEquals(200, a.put("/api/v1/publisher/users", publisher, Fixtures.users()).status());
            eventually(() -> b.get("/api/v1/mobile/companies/BIJOU/views", again).status() == 401,
                    "a removed user refused by the other instance");
        }
    }

    /** Another instance hears of a change within milliseconds; 5 s is the limit of "at once". */
    private static void eventually(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private AppProcess serve(String url) {
        return AppProcess.start(home, Map.of("BIZSYNC_DATABASE_PASSWORD", LocalPostgres.PASSWORD),
                "platform", "serve", "--port", "0", "--database", url);
    }

    private static int port(AppProcess instance) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(instance.output());
            if (m.find()) {
                assertTrue(!instance.output().contains(LocalPostgres.PASSWORD), "the password is never printed");
                return Integer.parseInt(m.group(1));
            }
            if (!instance.alive()) {
                throw new AssertionError("the instance stopped: " + instance.output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the instance did not start within 90 s: " + instance.output());
    }
}
