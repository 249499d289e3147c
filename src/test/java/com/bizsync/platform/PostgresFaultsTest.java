package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.publish.ClientTuning;
import com.bizsync.publish.PlatformClient;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.LocalPostgres;
import com.bizsync.testing.MutableClock;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform on PostgreSQL when the database fails under it: restarted in the middle of
 * publications and reads, made read-only. The cluster is this class's own, since it is stopped.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PostgresFaultsTest {
    private static final String PASSWORD = "acme-secret";
    private static LocalPostgres pg;

    @TempDir
    Path data;
    private String database;
    private PlatformServer server;
    private Api api;

    @BeforeAll
    static void startCluster() {
        pg = LocalPostgres.start();
    }

    @AfterAll
    static void stopCluster() {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void startPlatform() {
        Messages.setLocale(Locale.FRENCH);
        database = pg.createDatabase();
        PlatformConfig config = config();
        try (JdbcPlatformStorage storage = PlatformStores.open(data, config.database())) {
            storage.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt(PASSWORD));
        }
        server = PlatformServer.start(config);
        api = new Api("http://127.0.0.1:" + server.port());
    }

    private PlatformConfig config() {
        // Fixtures hash at cost 4 so tests stay fast; the production range starts at 10.
        return PlatformConfig.defaults(data).withClock(new MutableClock()).withLimits(AbuseLimits.defaults().withHashCosts(4, 12))
                .withDatabase(new PlatformDatabase(pg.url(database), LocalPostgres.PASSWORD.toCharArray()));
    }

    @AfterEach
    void stopPlatform() {
        if (server != null) {
            server.close();
        }
    }

    private String token() {
        List<String> allViews = Arrays.stream(ViewId.values()).map(ViewId::id).toList();
        Api.Answer users = api.put("/api/v1/publisher/users", Api.basic("ACME", PASSWORD),
                Fixtures.users(Fixtures.user("reader", "Reader", "pw", java.util.Map.of("BIJOU", allViews))));
        assertEquals(200, users.status(), users.text());
        Api.Answer signIn = api.post("/api/v1/mobile/sessions", null,
                java.util.Map.of("customer", "ACME", "company", "BIJOU", "login", "reader", "password", "pw"));
        assertEquals(200, signIn.status(), signIn.text());
        return Api.bearer(signIn.json().get("token").asText());
    }

    /** The real publication client, with the product's retry policy (more attempts, as for a restart). */
    private PlatformClient publisher() {
        return new PlatformClient(new PortalSettings("http://127.0.0.1:" + server.port(), "ACME", PASSWORD),
                ProxySettings.SYSTEM, ClientTuning.DEFAULT.withBackoff(6, Duration.ofMillis(500)));
    }

    @Test
    void aDatabaseRestartDuringPublicationsAndReadsLosesNothingAndHalfAppliesNothing() throws Exception {
        PlatformClient publisher = publisher();
        publisher.publish("BIJOU", Fixtures.publication("Version 0", 0));
        String token = token();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        List<long[]> readTimes = new CopyOnWriteArrayList<>();
        long[] outage = new long[2];
        AtomicInteger published = new AtomicInteger();
        try {
            Future<?> publishing = pool.submit(() -> {
                // Each publication must succeed, through the client's retries if the database is down.
                for (int v = 1; v <= 40; v++) {
                    publisher.publish("BIJOU", Fixtures.publication("Version " + v, v));
                    published.set(v);
                    Thread.sleep(50);
                }
                return null;
            });
            List<Future<?>> readers = List.of(
                    pool.submit(() -> read(token, running, problems, statuses, readTimes)),
                    pool.submit(() -> read(token, running, problems, statuses, readTimes)));
            waitUntil(() -> published.get() >= 5);
            outage[0] = System.nanoTime();
            pg.stopServer();
            Thread.sleep(1500);
            pg.startServer();
            outage[1] = System.nanoTime();
            publishing.get(3, TimeUnit.MINUTES);
            running.set(false);
            for (Future<?> r : readers) {
                r.get(1, TimeUnit.MINUTES);
            }
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertEquals(List.of(), problems);
        // Answered from memory (nobody can write meanwhile) or 503: either way whole, never a 500.
        long duringOutage = readTimes.stream().filter(t -> t[0] <= outage[1] && t[1] >= outage[0]).count();
        assertTrue(duringOutage > 0, "reads were in flight while the database was down: " + statuses);
        JsonNode last = api.get("/api/v1/mobile/companies/BIJOU/views", token).json();
        assertEquals("Version 40", last.get("company").get("name").asText());
        assertEquals(null, PublicationMarker.inconsistency(last));
    }

    private Void read(String token, AtomicBoolean running, List<String> problems, Set<Integer> statuses,
                      List<long[]> readTimes) {
        while (running.get()) {
            Api.Answer a;
            long started = System.nanoTime();
            try {
                a = api.get("/api/v1/mobile/companies/BIJOU/views", token);
            } catch (RuntimeException e) {
                problems.add("read failed: " + e);
                continue;
            }
            statuses.add(a.status());
            readTimes.add(new long[] {started, System.nanoTime()});
            if (a.status() == 503) {
                if (!"storage_unavailable".equals(a.error()) || a.header("Retry-After") == null) {
                    problems.add("503 without its code or Retry-After: " + a.text());
                }
            } else if (a.status() != 200) {
                problems.add("read answered " + a.status() + " " + a.text());
            } else {
                String mix = PublicationMarker.inconsistency(a.json());
                if (mix != null) {
                    problems.add(mix);
                }
            }
        }
        return null;
    }

    @Test
    void aReadOnlyDatabaseRefusesPublicationsWith503AndKeepsServingReads() {
        PlatformClient publisher = publisher();
        publisher.publish("BIJOU", Fixtures.publication("Version 1", 1));
        String token = token();
        pg.execute("postgres", "ALTER DATABASE " + database + " SET default_transaction_read_only = on");
        pg.disconnectSessions(database);

        Api.Answer refused = api.put("/api/v1/publisher/companies/BIJOU/publication", Api.basic("ACME", PASSWORD),
                Fixtures.publication("Version 2", 2));
        assertEquals(503, refused.status(), refused.text());
        assertEquals("{\"error\":\"storage_unavailable\",\"message\":\"The platform's database is unavailable"
                + " (restarting, read-only or full); nothing was changed. Try again later.\"}", refused.text());
        assertEquals("5", refused.header("Retry-After"));
        UserError sentence = assertThrows(UserError.class,
                () -> publisher.publish("BIJOU", Fixtures.publication("Version 2", 2)));
        assertEquals("publish.platformStorageUnavailable", sentence.key());

        Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", token);
        assertEquals(200, read.status(), read.text());
        assertEquals("Version 1", read.json().get("company").get("name").asText());

        pg.execute("postgres", "ALTER DATABASE " + database + " RESET default_transaction_read_only");
        pg.disconnectSessions(database);
        publisher.publish("BIJOU", Fixtures.publication("Version 2", 2));
        assertEquals("Version 2", api.get("/api/v1/mobile/companies/BIJOU/views", token).json()
                .get("company").get("name").asText());
    }

    @Test
    void afterTheServerDroppedEveryConnectionOnlyOneRequestMeetsADeadOne() throws Exception {
        publisher().publish("BIJOU", Fixtures.publication("Version 1", 1));
        String token = token();
        // Readers at once, so that every pooled connection was used a moment ago: the pool skips
        // checking those before handing them out again.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> burst = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                burst.add(pool.submit(() -> api.get("/api/v1/mobile/companies/BIJOU/views", token).status()));
            }
            for (Future<Integer> f : burst) {
                assertEquals(200, f.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        pg.disconnectSessions(database);   // as a failover or a restart does
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(api.get("/api/v1/mobile/companies/BIJOU/views", token).status());
        }
        // Answers from memory need no connection; the first request that meets a dead one retires them all.
        assertTrue(statuses.stream().filter(s -> s != 200).count() <= 1,
                "one failure at most, then new connections: " + statuses);
        assertEquals(200, statuses.get(7));
    }

    @Test
    void aFullDiskRefusesPublicationsWith503AndKeepsServingReads() throws Exception {
        PlatformClient publisher = publisher();
        publisher.publish("BIJOU", Fixtures.publication("Version 1", 1));
        String token = token();
        Path small = pg.smallTablespace("small_" + database, 2);
        pg.execute(database, "ALTER TABLE publication SET TABLESPACE small_" + database);
        fill(small);

        // New companies need new pages, which the full file system refuses.
        Api.Answer refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            Api.Answer a = api.put("/api/v1/publisher/companies/NEW" + i + "/publication", Api.basic("ACME", PASSWORD),
                    IncompressiblePublication.of("Filler " + i, i));
            if (a.status() != 200) {
                refused = a;
            }
        }
        assertTrue(refused != null, "the disk never filled up");
        assertEquals(503, refused.status(), refused.text());
        assertEquals("storage_unavailable", refused.error());
        assertEquals("5", refused.header("Retry-After"));
        Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", token);
        assertEquals(200, read.status(), read.text());
        assertEquals("Version 1", read.json().get("company").get("name").asText());
    }

    /** Takes every free byte of the file system (dd stops with "no space left"). */
    private static void fill(Path mount) throws Exception {
        Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + mount.resolve("filler"), "bs=64k")
                .redirectErrorStream(true).start();
        dd.getInputStream().readAllBytes();
        assertTrue(dd.waitFor(60, TimeUnit.SECONDS));
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneSentence() {
        int closedPort = pg.port() + 1;
        PlatformConfig unreachable = PlatformConfig.defaults(data).withPort(0).withDatabase(new PlatformDatabase(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere?user=bizsync", "secret".toCharArray()));
        UserError e = assertThrows(UserError.class, () -> PlatformServer.start(unreachable));
        assertEquals("platform.error.database", e.key());
        assertEquals("La base PostgreSQL jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere est injoignable ou"
                + " inutilisable (serveur arrêté, utilisateur, mot de passe ou droits). Vérifiez l'adresse donnée à"
                + " --database et la variable BIZSYNC_DATABASE_PASSWORD.", e.getMessage());
        assertTrue(!e.getMessage().contains("secret"));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
