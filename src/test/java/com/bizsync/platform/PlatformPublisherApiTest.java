package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.PlatformStoreUnderTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health route, the publisher endpoints, error bodies and body encodings. */
class PlatformPublisherApiTest extends PlatformTestBase {

    @Test
    void healthAnswersWithoutAuthentication() {
        Api.Answer a = api.get("/api/v1/health", null);
        assertEquals(200, a.status());
        assertEquals("ok", a.json().get("status").asText());
        assertEquals("0.1.0", a.json().get("version").asText());
    }

    @Test
    void theDashboardIsServedAtTheRootWithItsSecurityHeaders() {
        Api.Answer page = api.get("/", null);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.text().contains("<script src=\"app.js\" defer></script>"), page.text());
        assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'self'"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        for (String file : List.of("/app.js", "/style.css")) {
            Api.Answer a = api.get(file, null);
            assertEquals(200, a.status(), file);
            // The SVG namespace is a name, not a download.
            String text = a.text().replace("http://www.w3.org/2000/svg", "");
            assertFalse(text.contains("http://") || text.contains("https://"), file + " loads nothing from elsewhere");
        }
        assertEquals("no-store", api.get("/api/v1/health", null).header("Cache-Control"));
    }

    @Test
    void checkNamesTheCustomer() {
        Api.Answer a = api.get("/api/v1/publisher/check", acme());
        assertEquals(200, a.status(), a.text());
        assertEquals("ACME", a.json().get("customer").asText());
        assertEquals("Acme SARL", a.json().get("name").asText());
    }

    @Test
    void wrongPasswordUnknownCustomerAndNoCredentialsAllGetTheSame401() {
        for (String auth : new String[] {Api.basic("ACME", "wrong"), Api.basic("NOBODY", ACME_PASSWORD),
                Api.basic("acme", ACME_PASSWORD), "Basic not-base64!", null}) {
            Api.Answer a = api.get("/api/v1/publisher/check", auth);
            assertEquals(401, a.status(), String.valueOf(auth));
            assertEquals("bad_credentials", a.error());
            assertEquals("Unknown customer code or wrong password.", a.json().get("message").asText());
        }
    }

    @Test
    void everyPublisherRouteRequiresCredentials() {
        String bad = Api.basic("ACME", "wrong");
        assertEquals(401, api.put("/api/v1/publisher/companies/BIJOU/publication", bad,
                Fixtures.publication("Bijoux", 1)).status());
        assertEquals(401, api.delete("/api/v1/publisher/companies/BIJOU/publication", bad).status());
        assertEquals(401, api.put("/api/v1/publisher/users", bad, Fixtures.users()).status());
        assertEquals(401, api.delete("/api/v1/publisher/data", bad).status());
    }

    @Test
    void putPublicationAnswersCompanyTimeAndViewCount() {
        Api.Answer a = api.put("/api/v1/publisher/companies/BIJOU/publication", acme(),
                Fixtures.publication("Bijoux du Sud", 100));
        assertEquals(200, a.status(), a.text());
        assertEquals("BIJOU", a.json().get("company").asText());
        assertEquals(17, a.json().get("views").asInt());
        Instant at = Instant.parse(a.json().get("publishedAt").asText());
        assertEquals(clock.instant().getEpochSecond(), at.getEpochSecond());
    }

    @Test
    void invalidCompanyCodesAreRefused() {
        for (String code : new String[] {"bijou", "BI-JOU", "ABCDEFGHIJKLMNOPQRSTU"}) {
            Api.Answer a = api.put("/api/v1/publisher/companies/" + code + "/publication", acme(),
                    Fixtures.publication("Bijoux", 1));
            assertEquals(400, a.status(), code);
            assertEquals("bad_request", a.error());
        }
        assertEquals(400, api.delete("/api/v1/publisher/companies/bijou/publication", acme()).status());
    }

    @Test
    void malformedPublicationsAreRefusedWithTheFieldNamed() {
        ObjectNode unknownView = Fixtures.publication("Bijoux", 1);
        ((ObjectNode) unknownView.get("views")).putObject("profit_forecast").put("amount", 1);
        assertBad(unknownView, "profit_forecast");

        ObjectNode noName = Fixtures.publication("Bijoux", 1);
        ((ObjectNode) noName.get("company")).remove("name");
        assertBad(noName, "company.name");

        ObjectNode textAmount = Fixtures.publication("Bijoux", 1);
        ((ObjectNode) textAmount.get("views").get("sales_revenue")).put("month", "1200");
        assertBad(textAmount, "views.sales_revenue.month");

        ObjectNode badRows = Fixtures.publication("Bijoux", 1);
        ((ObjectNode) badRows.get("views").get("cash_position")).put("rows", "none");
        assertBad(badRows, "views.cash_position.rows");

        ObjectNode badDate = Fixtures.publication("Bijoux", 1);
        badDate.put("asOf", "22/11/2026");
        assertBad(badDate, "asOf");

        assertBad("{not json", "not valid JSON");
        assertBad("[1,2]", "JSON object");
        assertBad("", "body is required");
        assertBad("{\"asOf\":\"2026-11-22\",\"asOf\":\"2026-11-23\"}", "not valid JSON");
        // Nothing of the refused documents was stored.
        String token = grantAndSignIn();
        assertEquals(404, api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(token)).status());
    }

    private void assertBad(Object body, String mentioned) {
        Api.Answer a = api.put("/api/v1/publisher/companies/BIJOU/publication", acme(), body);
        assertEquals(400, a.status(), a.text());
        assertEquals("bad_request", a.error());
        assertTrue(a.json().get("message").asText().contains(mentioned), a.text());
    }

    private String grantAndSignIn() {
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "pw", grants("BIJOU", List.of("sales_revenue")))));
        return token("ACME", "BIJOU", "jdupont", "pw");
    }

    @Test
    void deletePublicationRemovesItAndAnswers204EvenWhenNothingIsThere() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux", 1));
        String token = grantAndSignIn();
        assertEquals(200, api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(token)).status());

        Api.Answer deleted = api.delete("/api/v1/publisher/companies/BIJOU/publication", acme());
        assertEquals(204, deleted.status());
        assertEquals("", deleted.text());
        Api.Answer after = api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(token));
        assertEquals(404, after.status());
        assertEquals("not_found", after.error());
        assertEquals(204, api.delete("/api/v1/publisher/companies/BIJOU/publication", acme()).status());
    }

    @Test
    void putUsersCountsThemAndRefusesBadInput() {
        Api.Answer ok = api.put("/api/v1/publisher/users", acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "a", grants("BIJOU", List.of("sales_revenue"))),
                Fixtures.user("mmartin", "Marie Martin", "b", grants("BIJOU", List.of("cash_position")))));
        assertEquals(200, ok.status(), ok.text());
        assertEquals(2, ok.json().get("users").asInt());

        ObjectNode clearPassword = Fixtures.user("x", "X", "pw", grants("BIJOU", List.of("sales_revenue")));
        clearPassword.put("passwordHash", "secret123");
        assertUsersBad(Fixtures.users(clearPassword), "passwordHash");
        assertUsersBad(Fixtures.users(Fixtures.user("x", "X", "pw", grants("BIJOU", List.of("nope")))), "nope");
        assertUsersBad(Fixtures.users(Fixtures.user("x", "X", "pw", grants("bijou", List.of("sales_revenue")))), "grants");
        assertUsersBad(Fixtures.users(Fixtures.user("j dupont", "X", "pw", grants())), "login");
        assertUsersBad(Fixtures.users(Fixtures.user("x", "X", "pw", grants()), Fixtures.user("x", "Y", "pw", grants())), "twice");
        assertUsersBad(Api.JSON.createObjectNode().put("users", "all"), "users");
    }

    private void assertUsersBad(JsonNode body, String mentioned) {
        Api.Answer a = api.put("/api/v1/publisher/users", acme(), body);
        assertEquals(400, a.status(), a.text());
        assertEquals("bad_request", a.error());
        assertTrue(a.json().get("message").asText().contains(mentioned), a.text());
    }

    @Test
    void deleteDataRemovesPublicationsUsersGrantsAndTokensOfThatCustomerOnly() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux", 1));
        publish(globex(), "BIJOU", Fixtures.publication("Globex Bijoux", 2));
        String acmeToken = grantAndSignIn();
        putUsers(globex(), Fixtures.users(Fixtures.user("hsimpson", "Homer", "pw", grants("BIJOU", List.of("sales_revenue")))));
        String globexToken = token("GLOBEX", "BIJOU", "hsimpson", "pw");

        assertEquals(204, api.delete("/api/v1/publisher/data", acme()).status());

        assertEquals("token_invalid", api.get("/api/v1/mobile/companies", Api.bearer(acmeToken)).error());
        assertEquals("bad_credentials", signIn("ACME", "BIJOU", "jdupont", "pw").error());
        try (JdbcPlatformStorage storage = PlatformStoreUnderTest.open(data)) {
            assertTrue(storage.publication("ACME", "BIJOU").isEmpty());
            assertTrue(storage.publicationHeaders("ACME").isEmpty());
            assertTrue(storage.user("ACME", "jdupont").isEmpty());
            assertTrue(storage.customer("ACME").isPresent(), "the account itself stays");
        }
        // The publisher can still publish: the account was not deleted.
        assertEquals(200, api.get("/api/v1/publisher/check", acme()).status());
        // The other customer is untouched.
        Api.Answer other = api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(globexToken));
        assertEquals(200, other.status());
        assertEquals("Globex Bijoux", other.json().get("company").get("name").asText());
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson404() {
        for (Api.Answer a : List.of(api.get("/api/v1/nothing", null), api.delete("/api/v1/health", null),
                api.get("/api/v2/health", null))) {
            assertEquals(404, a.status());
            assertEquals("not_found", a.error());
            assertFalse(a.json().get("message").asText().isBlank());
        }
    }

    @Test
    void gzipRequestBodiesAreAccepted() {
        byte[] body = Api.bytes(Fixtures.publication("Bijoux zippés", 7));
        Api.Answer a = api.withBody("PUT", "/api/v1/publisher/companies/BIJOU/publication", acme(), body, true);
        assertEquals(200, a.status(), a.text());
        String token = grantAndSignIn();
        Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(token));
        assertEquals("Bijoux zippés", read.json().get("company").get("name").asText());
        assertEquals(8.0, read.json().get("views").get("sales_revenue").get("month").asDouble());
    }

    @Test
    void corruptGzipIsABadRequest() {
        HttpRequest r = api.request("/api/v1/publisher/companies/BIJOU/publication")
                .PUT(HttpRequest.BodyPublishers.ofByteArray("plain, not gzip".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Encoding", "gzip").header("Authorization", acme()).build();
        Api.Answer a = api.send(r);
        assertEquals(400, a.status());
        assertEquals("bad_request", a.error());
    }

    @Test
    void bodiesOver16MibAfterInflationAreRefusedWith413() {
        // 17 MiB of JSON that compresses to a few kilobytes: the limit counts inflated bytes.
        StringBuilder padding = new StringBuilder(17 * 1024 * 1024 + 64);
        padding.append("{\"pad\":\"");
        padding.append("a".repeat(17 * 1024 * 1024));
        padding.append("\"}");
        byte[] big = padding.toString().getBytes(StandardCharsets.UTF_8);
        Api.Answer zipped = api.withBody("PUT", "/api/v1/publisher/companies/BIJOU/publication", acme(), big, true);
        assertEquals(413, zipped.status());
        assertEquals("too_large", zipped.error());
        Api.Answer plain = api.withBody("PUT", "/api/v1/publisher/companies/BIJOU/publication", acme(), big, false);
        assertEquals(413, plain.status());
        assertEquals("too_large", plain.error());
        // A body just under the limit is read (and refused only for its content).
        byte[] under = ("{\"pad\":\"" + "a".repeat(16 * 1024 * 1024 - 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Answer ok = api.withBody("PUT", "/api/v1/publisher/companies/BIJOU/publication", acme(), under, true);
        assertEquals(400, ok.status(), ok.text());
    }

    @Test
    void responsesAreGzippedWhenTheClientAcceptsIt() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux", 1));
        String token = grantAndSignIn();
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "pw",
                grants("BIJOU", List.of("sales_revenue", "top5_customers_month", "top5_customers_year",
                        "top5_items_month", "top5_items_year", "cash_position")))));
        token = token("ACME", "BIJOU", "jdupont", "pw");
        HttpRequest r = api.request("/api/v1/mobile/companies/BIJOU/views").GET()
                .header("Authorization", Api.bearer(token)).header("Accept-Encoding", "gzip").build();
        Api.Answer a = api.send(r);
        assertEquals(200, a.status());
        assertEquals("gzip", a.header("Content-Encoding"));
        assertEquals(6, a.json().get("views").size());
    }
}
