package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mobile sign-in and reading: each user sees exactly the companies and views granted, one
 * customer never reaches another's data, tokens expire and are revoked.
 */
class PlatformMobileApiTest extends PlatformTestBase {

    @BeforeEach
    void publishTwoCompaniesAndUsers() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        publish(acme(), "GROUPE", Fixtures.publication("Groupe Acme", 200));
        publish(acme(), "SECRET", Fixtures.publication("Filiale secrète", 300));
        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                        grants("BIJOU", List.of("sales_revenue", "cash_position"), "GROUPE", List.of("sales_revenue"))),
                Fixtures.user("mmartin", "Marie Martin", "marie-pw",
                        grants("GROUPE", List.of("top5_customers_month", "order_book_month"))),
                Fixtures.user("pnotyet", "Paul Pending", "paul-pw",
                        grants("NEWCO", List.of("sales_revenue")))));
        // Another customer with the same company code and the same login.
        publish(globex(), "BIJOU", Fixtures.publication("Globex Bijoux", 900));
        putUsers(globex(), Fixtures.users(Fixtures.user("jdupont", "Jean Globex", "globex-jean",
                grants("BIJOU", List.of("top5_items_year")))));
    }

    @Test
    void signInReturnsTokenExpiryNameAndGrantedCompanies() {
        Api.Answer a = signIn("ACME", "BIJOU", "jdupont", "jean-pw");
        assertEquals(200, a.status(), a.text());
        JsonNode j = a.json();
        assertEquals(32, Base64.getUrlDecoder().decode(j.get("token").asText()).length, "256-bit token");
        assertEquals("Jean Dupont", j.get("user").asText());
        Instant expires = Instant.parse(j.get("expiresAt").asText());
        assertEquals(Duration.ofHours(12).toSeconds(), Duration.between(clock.instant(), expires).toSeconds());
        assertEquals(List.of("BIJOU:Bijoux du Sud", "GROUPE:Groupe Acme"), companies(j.get("companies")));
        assertNotEquals(j.get("token").asText(), token("ACME", "BIJOU", "jdupont", "jean-pw"), "tokens are random");
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        String token = token("ACME", "BIJOU", "jdupont", "jean-pw");
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            assertTrue(storage.session(token).isEmpty());
            assertEquals("jdupont", storage.session(Tokens.hash(token)).orElseThrow().login());
        }
    }

    @Test
    void everyWrongPartGetsTheSameAnswer() {
        List<Api.Answer> wrong = List.of(
                signIn("ACME", "BIJOU", "jdupont", "wrong"),
                signIn("NOBODY", "BIJOU", "jdupont", "jean-pw"),
                signIn("ACME", "BIJOU", "nobody", "jean-pw"),
                signIn("ACME", "UNKNOWN", "jdupont", "jean-pw"),
                signIn("ACME", "SECRET", "jdupont", "jean-pw"),   // published, not granted
                signIn("ACME", "BIJOU", "JDUPONT", "jean-pw"),    // logins are case-sensitive
                signIn("GLOBEX", "BIJOU", "jdupont", "jean-pw")); // ACME's password on GLOBEX
        for (Api.Answer a : wrong) {
            assertEquals(401, a.status(), a.text());
            assertEquals("{\"error\":\"bad_credentials\",\"message\":\"Unknown customer, company or login, or wrong password.\"}",
                    a.text());
        }
    }

    @Test
    void malformedSignInsAreBadRequests() {
        assertEquals("bad_request", signIn("acme", "BIJOU", "jdupont", "jean-pw").error());
        assertEquals("bad_request", signIn("ACME", "BI JOU", "jdupont", "jean-pw").error());
        assertEquals("bad_request", signIn("ACME", "BIJOU", "j dupont", "jean-pw").error());
        assertEquals("bad_request", signIn("ACME", "BIJOU", "jdupont", "").error());
        Api.Answer missing = api.post("/api/v1/mobile/sessions", null, "{\"customer\":\"ACME\"}");
        assertEquals(400, missing.status());
        assertEquals("bad_request", missing.error());
    }

    @Test
    void signInBodiesAreSmall() {
        String big = "{\"customer\":\"ACME\",\"company\":\"BIJOU\",\"login\":\"jdupont\",\"password\":\""
                + "x".repeat(MobileRoutes.MAX_SIGN_IN_BYTES) + "\"}";
        Api.Answer a = api.post("/api/v1/mobile/sessions", null, big);
        assertEquals(413, a.status());
        assertEquals("too_large", a.error());
    }

    @Test
    void eachUserSeesExactlyTheGrantedCompaniesAndViews() {
        String jean = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        assertEquals(List.of("BIJOU:Bijoux du Sud", "GROUPE:Groupe Acme"),
                companies(api.get("/api/v1/mobile/companies", jean).json().get("companies")));
        JsonNode bijou = api.get("/api/v1/mobile/companies/BIJOU/views", jean).json();
        assertEquals(Set.of("sales_revenue", "cash_position"), viewIds(bijou));
        assertEquals("BIJOU", bijou.get("code").asText());
        assertEquals("Bijoux du Sud", bijou.get("company").get("name").asText());
        assertEquals("EUR", bijou.get("company").get("currency").asText());
        assertEquals(101.0, bijou.get("views").get("sales_revenue").get("month").asDouble());
        assertEquals(500.0, bijou.get("views").get("cash_position").get("total").asDouble());
        Instant.parse(bijou.get("publishedAt").asText());
        assertEquals(Set.of("sales_revenue"), viewIds(api.get("/api/v1/mobile/companies/GROUPE/views", jean).json()));
        assertNotGranted(api.get("/api/v1/mobile/companies/SECRET/views", jean));

        String marie = Api.bearer(token("ACME", "GROUPE", "mmartin", "marie-pw"));
        assertEquals(List.of("GROUPE:Groupe Acme"),
                companies(api.get("/api/v1/mobile/companies", marie).json().get("companies")));
        JsonNode groupe = api.get("/api/v1/mobile/companies/GROUPE/views", marie).json();
        assertEquals(Set.of("top5_customers_month", "order_book_month"), viewIds(groupe));
        assertEquals(202.0, groupe.get("views").get("order_book_month").get("amount").asDouble());
        assertNotGranted(api.get("/api/v1/mobile/companies/BIJOU/views", marie));
        assertNotGranted(api.get("/api/v1/mobile/companies/SECRET/views", marie));
    }

    @Test
    void grantedButUnpublishedIsNotFoundAndNotListed() {
        Api.Answer signed = signIn("ACME", "NEWCO", "pnotyet", "paul-pw");
        assertEquals(200, signed.status());
        assertEquals(List.of("NEWCO:NEWCO"), companies(signed.json().get("companies")));
        String paul = Api.bearer(signed.json().get("token").asText());
        assertEquals(0, api.get("/api/v1/mobile/companies", paul).json().get("companies").size());
        Api.Answer a = api.get("/api/v1/mobile/companies/NEWCO/views", paul);
        assertEquals(404, a.status());
        assertEquals("not_found", a.error());
    }

    @Test
    void oneCustomerNeverReachesAnothersData() {
        String acmeJean = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        String globexJean = Api.bearer(token("GLOBEX", "BIJOU", "jdupont", "globex-jean"));
        JsonNode acmeBijou = api.get("/api/v1/mobile/companies/BIJOU/views", acmeJean).json();
        JsonNode globexBijou = api.get("/api/v1/mobile/companies/BIJOU/views", globexJean).json();
        assertEquals("Bijoux du Sud", acmeBijou.get("company").get("name").asText());
        assertEquals("Globex Bijoux", globexBijou.get("company").get("name").asText());
        assertEquals(Set.of("top5_items_year"), viewIds(globexBijou));
        assertEquals(900.0, globexBijou.get("views").get("top5_items_year").get("rows").get(0).get("amount").asDouble());
        assertEquals(List.of("BIJOU:Globex Bijoux"),
                companies(api.get("/api/v1/mobile/companies", globexJean).json().get("companies")));
        assertNotGranted(api.get("/api/v1/mobile/companies/GROUPE/views", globexJean));
        // A publisher never touches another customer's company of the same code.
        assertEquals(204, api.delete("/api/v1/publisher/companies/BIJOU/publication", globex()).status());
        assertEquals(200, api.get("/api/v1/mobile/companies/BIJOU/views", acmeJean).status());
    }

    @Test
    void tokensExpireAfterTheConfiguredLifetime() {
        String jean = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertEquals(200, api.get("/api/v1/mobile/companies", jean).status());
        clock.advance(Duration.ofMinutes(1));
        for (Api.Answer a : List.of(api.get("/api/v1/mobile/companies", jean),
                api.get("/api/v1/mobile/companies/BIJOU/views", jean))) {
            assertEquals(401, a.status());
            assertEquals("token_expired", a.error());
        }
        // A new sign-in works again.
        assertEquals(200, api.get("/api/v1/mobile/companies",
                Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"))).status());
    }

    @Test
    void missingUnknownAndMalformedTokensAreInvalid() {
        for (String auth : new String[] {null, "Bearer ", "Bearer not-a-token", "Basic abc",
                Api.bearer("x".repeat(500))}) {
            Api.Answer a = api.get("/api/v1/mobile/companies", auth);
            assertEquals(401, a.status());
            assertEquals("token_invalid", a.error());
        }
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies/BIJOU/views", null).error());
        assertEquals("token_invalid", api.delete("/api/v1/mobile/sessions/current", null).error());
    }

    @Test
    void signOutRevokesTheTokenOnly() {
        String first = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        String second = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        Api.Answer out = api.delete("/api/v1/mobile/sessions/current", first);
        assertEquals(204, out.status());
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", first).error());
        assertEquals(200, api.get("/api/v1/mobile/companies", second).status());
    }

    @Test
    void replacingUsersRevokesRemovedAndChangedUsersAndAppliesNewGrantsAtOnce() {
        String jean = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        String marie = Api.bearer(token("ACME", "GROUPE", "mmartin", "marie-pw"));
        String paul = Api.bearer(token("ACME", "NEWCO", "pnotyet", "paul-pw"));
        // Jean keeps his hash but loses cash_position; Marie gets a new password; Paul is removed.
        putUsers(acme(), Api.JSON.createObjectNode().set("users", Api.JSON.createArrayNode()
                .add(userWithSameHash("jdupont", grants("BIJOU", List.of("sales_revenue"))))
                .add(Fixtures.user("mmartin", "Marie Martin", "new-marie-pw",
                        grants("GROUPE", List.of("top5_customers_month"))))));

        assertEquals(Set.of("sales_revenue"), viewIds(api.get("/api/v1/mobile/companies/BIJOU/views", jean).json()));
        assertNotGranted(api.get("/api/v1/mobile/companies/GROUPE/views", jean));
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", marie).error());
        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", paul).error());
        assertEquals("bad_credentials", signIn("ACME", "GROUPE", "mmartin", "marie-pw").error());
        assertEquals(200, signIn("ACME", "GROUPE", "mmartin", "new-marie-pw").status());
    }

    private static void assertNotGranted(Api.Answer a) {
        assertEquals(403, a.status(), a.text());
        assertEquals("not_granted", a.error());
        assertTrue(!a.text().contains("views"), "no data in a refusal");
    }

    private static Set<String> viewIds(JsonNode doc) {
        Set<String> ids = new TreeSet<>();
        doc.get("views").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    private static List<String> companies(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(c -> out.add(c.get("code").asText() + ":" + c.get("name").asText()));
        return out;
    }
}
