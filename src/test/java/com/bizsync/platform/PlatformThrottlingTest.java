package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sign-in throttling with the default allowances: 5 refused attempts per login per 15 minutes
 * (one more every 3 minutes), 20 per client address per 10 minutes (one more every 30 s). Other
 * client addresses are other loopback addresses; time is the platform's clock, moved forward.
 */
@Timeout(120)
class PlatformThrottlingTest extends PlatformTestBase {

    @BeforeEach
    void publishAndAddUsers() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "jean-pw", grants("BIJOU", List.of("sales_revenue"))),
                Fixtures.user("mmartin", "Marie Martin", "marie-pw", grants("BIJOU", List.of("sales_revenue")))));
    }

    @Test
    void aGuessedLoginIsSlowedDownFromEveryAddressWhileOtherUsersSignIn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn("ACME", "BIJOU", "jdupont", "guess-" + i).status());
        }
        Api.Answer throttled = signIn("ACME", "BIJOU", "jdupont", "guess-5");
        assertEquals(429, throttled.status(), throttled.text());
        assertEquals("too_many_attempts", throttled.error());
        assertEquals("180", throttled.header("Retry-After"));
        assertEquals("Too many failed sign-ins; retry in 180 s.", throttled.json().get("message").asText());
        assertEquals(429, new LoopbackClient("127.0.0.7", server.port()).signIn("ACME", "BIJOU", "jdupont", "jean-pw")
                .status(), "the login is slowed down whatever the address, even with its password");

        assertEquals(200, signIn("ACME", "BIJOU", "mmartin", "marie-pw").status(), "another user signs in meanwhile");

        clock.advance(Duration.ofMinutes(3));
        assertEquals(200, signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(), "3 minutes later: one attempt");
    }

    @Test
    void anAddressTryingManyLoginsIsSlowedDownWhileOtherAddressesSignIn() {
        LoopbackClient guesser = new LoopbackClient("127.0.0.5", server.port());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, guesser.signIn("ACME", "BIJOU", "user" + i, "guess").status());
        }
        LoopbackClient.Answer throttled = guesser.signIn("ACME", "BIJOU", "jdupont", "jean-pw");
        assertEquals(429, throttled.status(), throttled.text());
        assertEquals("too_many_attempts", throttled.error());
        assertEquals("30", throttled.retryAfter());

        LoopbackClient neighbour = new LoopbackClient("127.0.0.6", server.port());
        assertEquals(200, neighbour.signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(),
                "a correct password from another address works meanwhile");

        clock.advance(Duration.ofSeconds(30));
        assertEquals(200, guesser.signIn("ACME", "BIJOU", "mmartin", "marie-pw").status(),
                "a shared address is never locked for good: 30 s later it has one attempt again");
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnAllowanceAndNobodyElseCanForgeOne() throws Exception {
        server.close();
        server = PlatformServer.start(config().withLimits(config().limits()
                .withTrustedProxies(Set.of(InetAddress.getByName("127.0.0.8")))));
        LoopbackClient proxy = new LoopbackClient("127.0.0.8", server.port());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, proxy.signIn("ACME", "BIJOU", "user" + i, "guess", "10.0.0.1, 203.0.113.5").status());
        }
        assertEquals(429, proxy.signIn("ACME", "BIJOU", "jdupont", "jean-pw", "203.0.113.5").status(),
                "the guessing client behind the proxy is slowed down");
        assertEquals(200, proxy.signIn("ACME", "BIJOU", "jdupont", "jean-pw", "203.0.113.6").status(),
                "another client behind the same proxy is not");

        LoopbackClient forger = new LoopbackClient("127.0.0.9", server.port());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, forger.signIn("ACME", "BIJOU", "user" + i, "guess", "198.51.100." + i).status());
        }
        assertEquals(429, forger.signIn("ACME", "BIJOU", "mmartin", "marie-pw", "198.51.100.99").status(),
                "an untrusted client's X-Forwarded-For is ignored");
    }

    @Test
    void successfulSignInsDoNotCount() {
        for (int i = 0; i < 30; i++) {
            assertEquals(200, signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(), "sign-in " + i);
        }
        assertEquals(401, signIn("ACME", "BIJOU", "jdupont", "typo").status());
    }

    @Test
    void publisherPasswordGuessesAreThrottledButTheRealPublisherKeepsPublishing() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("/api/v1/publisher/check", Api.basic("ACME", "guess-" + i)).status());
        }
        Api.Answer throttled = api.get("/api/v1/publisher/check", Api.basic("ACME", "guess-5"));
        assertEquals(429, throttled.status(), throttled.text());
        assertEquals("180", throttled.header("Retry-After"));
        // The installation's password was checked before (remembered), so it is not a guess.
        assertEquals(200, api.get("/api/v1/publisher/check", acme()).status());
        assertEquals(200, api.get("/api/v1/publisher/check", globex()).status(), "another customer");
    }

    @Test
    void theAllowanceIsKeptInTheStorageAndSurvivesARestart() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn("ACME", "BIJOU", "jdupont", "guess-" + i).status());
        }
        server.close();
        server = PlatformServer.start(config());
        api = new Api("http://127.0.0.1:" + server.port());
        assertEquals(429, signIn("ACME", "BIJOU", "jdupont", "jean-pw").status(),
                "another instance on the same storage sees the same allowance");
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            assertEquals(true, storage.throttleState("login:mobile:ACME:jdupont").isPresent());
        }

        // Full again after 15 minutes, then forgotten by the next purge (every 10 minutes).
        clock.advance(Duration.ofMinutes(20));
        assertEquals(200, signIn("ACME", "BIJOU", "mmartin", "marie-pw").status());
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            assertEquals(false, storage.throttleState("login:mobile:ACME:jdupont").isPresent());
        }
    }
}
