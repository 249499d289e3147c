package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.settings.UserPasswords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Publishers' password hashes cannot make sign-ins expensive: only bcrypt within the platform's
 * cost range (10–12 by default) is accepted, and only a bounded number of checks run at once.
 */
@Timeout(120)
class PlatformPasswordHashLimitsTest extends PlatformTestBase {
    private static final String GRANTS = "BIJOU";

    @Override
    PlatformConfig config() {
        return PlatformConfig.defaults(data).withClock(clock);
    }

    @BeforeEach
    void publishACompanyAndAUser() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        putUsers(acme(), Fixtures.users(user("jdupont", hash("jean-pw", 10))));
    }

    @Test
    void hashesOutsideTheCostRangeAreRefusedWithAClearMessageAndNothingIsReplaced() {
        for (String cost : List.of("31", "99", "03", "09", "13", "00")) {
            String hash = "$2a$" + cost + hash("x", 10).substring(6);
            Api.Answer a = api.put("/api/v1/publisher/users", acme(), Fixtures.users(user("other", hash)));
            assertEquals(400, a.status(), cost + ": " + a.text());
            assertEquals("bad_request", a.error());
            assertEquals("users[0].passwordHash has bcrypt cost " + Integer.parseInt(cost)
                    + "; the platform accepts costs 10 to 12.", a.json().get("message").asText());
        }
        assertEquals(200, signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(), "the previous users are kept");
        assertEquals(401, signIn("ACME", "BIJOU", "other", "x").status());
    }

    @Test
    void costsInsideTheRangeAndTheConsolesOwnHashesAreAccepted() {
        putUsers(acme(), Fixtures.users(user("low", hash("low-pw", 10)), user("high", hash("high-pw", 12)),
                user("console", UserPasswords.hash("console-pw"))));
        assertEquals(200, signIn("ACME", "BIJOU", "low", "low-pw").status());
        assertEquals(200, signIn("ACME", "BIJOU", "high", "high-pw").status());
        assertEquals(200, signIn("ACME", "BIJOU", "console", "console-pw").status(),
                "the console's cost is inside the platform's range");
        assertEquals(PasswordHashes.MOBILE_COST, PasswordHashes.cost(UserPasswords.hash("x")),
                "refusals imitate the cost the console hashes with");
    }

    @Test
    void aHashStoredByAnOlderVersionWithAnAbsurdCostIsARefusalNotA500() {
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            storage.replaceUsers("ACME", List.of(
                    new PlatformUser("old99", "Old", "$2a$99" + hash("pw", 10).substring(6), Map.of()),
                    new PlatformUser("old31", "Old", "$2a$31" + hash("pw", 10).substring(6), Map.of())));
        }
        long start = System.nanoTime();
        assertEquals(401, signIn("ACME", "BIJOU", "old99", "pw").status());
        assertEquals(401, signIn("ACME", "BIJOU", "old31", "pw").status());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "cost 31 was never computed");
    }

    @Test
    void concurrentChecksBeyondTheSlotsAnswer503WithRetryAfter() throws Exception {
        server.close();
        server = PlatformServer.start(config().withLimits(AbuseLimits.defaults()
                .withConcurrentHashChecks(1, Duration.ZERO)));
        api = new Api("http://127.0.0.1:" + server.port());
        putUsers(acme(), Fixtures.users(user("jdupont", hash("jean-pw", 12))));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Answer>> signIns = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                signIns.add(() -> signIn("ACME", "BIJOU", "jdupont", "jean-pw"));
            }
            int busy = 0;
            for (Future<Api.Answer> f : pool.invokeAll(signIns, 100, TimeUnit.SECONDS)) {
                Api.Answer a = f.get();
                assertTrue(a.status() == 200 || a.status() == 503, a.status() + " " + a.text());
                if (a.status() == 503) {
                    busy++;
                    assertEquals("busy", a.error());
                    assertEquals("1", a.header("Retry-After"));
                }
            }
            assertTrue(busy >= 1, "one bcrypt slot, six sign-ins at once: some must be told to retry");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(), "served again once free");
    }

    private static String hash(String password, int cost) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    private static ObjectNode user(String login, String hash) {
        ObjectNode u = Fixtures.user(login, login, "unused", grants(GRANTS, List.of("sales_revenue")));
        u.put("passwordHash", hash);
        return u;
    }
}
