package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A publication may say by when the next one is expected (nextExpectedAt); the platform keeps it
 * and tells the phones whether the company is late. Publications without it (older publishers,
 * nothing scheduled) are never late.
 */
class PlatformLatenessTest extends PlatformTestBase {
    private Instant expected;

    @BeforeEach
    void publishWithAndWithoutAnExpectedTime() {
        expected = clock.instant().plus(Duration.ofHours(25));
        ObjectNode bijou = Fixtures.publication("Bijoux du Sud", 100);
        bijou.put("nextExpectedAt", expected.toString());
        publish(acme(), "BIJOU", bijou);
        publish(acme(), "GROUPE", Fixtures.publication("Groupe Acme", 200));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                grants("BIJOU", List.of("sales_revenue"), "GROUPE", List.of("sales_revenue")))));
    }

    /** Signed in again each time: the test moves the clock past the token's lifetime. */
    private String jean() {
        return "Bearer " + token("ACME", "BIJOU", "jdupont", "jean-pw");
    }

    private JsonNode company(String code) {
        for (JsonNode c : api.get("/api/v1/mobile/companies", jean()).json().get("companies")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code + " not listed");
    }

    @Test
    void theCompanyIsLateOnceItsExpectedTimeHasPassed() {
        assertEquals(expected.toString(), company("BIJOU").get("nextExpectedAt").asText());
        assertFalse(company("BIJOU").get("late").asBoolean());
        JsonNode views = api.get("/api/v1/mobile/companies/BIJOU/views", jean()).json();
        assertEquals(expected.toString(), views.get("nextExpectedAt").asText());
        assertFalse(views.get("late").asBoolean());

        clock.advance(Duration.ofHours(25));
        assertFalse(company("BIJOU").get("late").asBoolean(), "at the expected time it is not late yet");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(company("BIJOU").get("late").asBoolean());
        assertTrue(api.get("/api/v1/mobile/companies/BIJOU/views", jean()).json().get("late").asBoolean());

        ObjectNode again = Fixtures.publication("Bijoux du Sud", 110);
        again.put("nextExpectedAt", clock.instant().plus(Duration.ofHours(25)).toString());
        publish(acme(), "BIJOU", again);
        assertFalse(company("BIJOU").get("late").asBoolean(), "a new publication is on time again");
    }

    @Test
    void aPublicationWithoutExpectedTimeIsNeverLate() {
        clock.advance(Duration.ofDays(400));
        JsonNode groupe = company("GROUPE");
        assertFalse(groupe.has("nextExpectedAt"));
        assertFalse(groupe.get("late").asBoolean());
    }

    @Test
    void anExpectedTimeThatIsNotAnInstantIsRefused() {
        ObjectNode wrong = Fixtures.publication("Bijoux du Sud", 100);
        wrong.put("nextExpectedAt", "demain 6h");
        Api.Answer a = api.put("/api/v1/publisher/companies/BIJOU/publication", acme(), wrong);
        assertEquals(400, a.status());
        assertEquals("nextExpectedAt must be an ISO-8601 instant such as 2026-12-02T06:00:00Z.",
                a.json().get("message").asText());
        assertEquals(expected.toString(), company("BIJOU").get("nextExpectedAt").asText(), "the previous one stays");
    }
}
