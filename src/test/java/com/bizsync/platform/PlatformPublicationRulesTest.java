package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a publisher sends is refused unless the dashboard can render it (docs/platform-api.md,
 * Publication): each refusal is a 400 (or 415) naming the rule, and the publication read
 * afterwards is still the previous, valid one.
 */
class PlatformPublicationRulesTest extends PlatformTestBase {
    private static final String PUT = "/api/v1/publisher/companies/BIJOU/publication";
    private String token;

    @BeforeEach
    void publishAValidOne() {
        publish(acme(), "BIJOU", Fixtures.publication("Valide", 10));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean", "pw",
                grants("BIJOU", List.of("sales_revenue", "top5_customers_month", "order_book_month")))));
        token = Api.bearer(token("ACME", "BIJOU", "jdupont", "pw"));
    }

    private void assertRefused(Api.Answer a, String message) {
        assertEquals(400, a.status(), a.text());
        assertEquals("{\"error\":\"bad_request\",\"message\":\"" + message + "\"}", a.text());
        assertStillTheValidOne();
    }

    private void assertStillTheValidOne() {
        Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", token);
        assertEquals(200, read.status(), read.text());
        assertEquals("Valide", read.json().at("/company/name").asText());
    }

    private Api.Answer putText(String json) {
        return api.put(PUT, acme(), json);
    }

    private static String valid() {
        return Fixtures.publication("Nouvelle", 20).toString();
    }

    @Test
    void infiniteNumbersAreRefused() {
        String body = valid().replace("\"month\":21.0", "\"month\":1e999");
        assertRefused(putText(body), "views.sales_revenue.month must be a finite number.");
        assertRefused(putText(valid().replace("\"total\":100.0", "\"total\":-1e400")),
                "views.cash_position.total must be a finite number.");
    }

    @Test
    void datesOutsideTheYears1900To2199AreRefused() {
        assertRefused(putText(valid().replace("\"asOf\":\"2026-11-22\"", "\"asOf\":\"+10000-01-01\"")),
                "asOf must lie between the years 1900 and 2199.");
        assertRefused(putText(valid().replace("\"end\":\"2026-12-31\"", "\"end\":\"1850-12-31\"")),
                "company.fiscalYear.end must lie between the years 1900 and 2199.");
        assertRefused(putText(valid().replace("\"2026-03\"", "\"+10000-03\"")),
                "views.sales_revenue.byMonth[2].month must lie between the years 1900 and 2199.");
        ObjectNode late = Fixtures.publication("Nouvelle", 20);
        late.put("nextExpectedAt", "+10000-01-01T00:00:00Z");
        assertRefused(api.put(PUT, acme(), late), "nextExpectedAt must lie between the years 1900 and 2199.");
    }

    @Test
    void topListsHaveAtMostFiveRowsRankedOneToFive() {
        ObjectNode six = Fixtures.publication("Nouvelle", 20);
        ArrayNode rows = (ArrayNode) six.at("/views/top5_customers_month/rows");
        rows.addObject().put("rank", 6).put("code", "C6").put("label", "Client 6").put("amount", 1);
        assertRefused(api.put(PUT, acme(), six), "views.top5_customers_month.rows must have at most 5 entries.");

        ObjectNode rank = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) rank.at("/views/top5_items_year/rows/0")).put("rank", 9);
        assertRefused(api.put(PUT, acme(), rank), "views.top5_items_year.rows[0].rank must be between 1 and 5.");
    }

    @Test
    void labelsAndCodesAreBounded() {
        ObjectNode longLabel = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) longLabel.at("/views/top5_customers_year/rows/1")).put("label", "L".repeat(201));
        assertRefused(api.put(PUT, acme(), longLabel),
                "views.top5_customers_year.rows[1].label must be at most 200 characters.");
        ObjectNode longCode = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) longCode.at("/views/cash_position/rows/0")).put("code", "5".repeat(51));
        assertRefused(api.put(PUT, acme(), longCode), "views.cash_position.rows[0].code must be at most 50 characters.");

        ObjectNode longest = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) longest.at("/views/top5_customers_year/rows/1")).put("label", "L".repeat(200));
        assertEquals(200, api.put(PUT, acme(), longest).status(), "200 characters are fine");
    }

    @Test
    void currenciesComeFromTheIso4217List() {
        for (String fake : List.of("XYZ", "ABC", "EEE")) {
            ObjectNode doc = Fixtures.publication("Nouvelle", 20);
            ((ObjectNode) doc.get("company")).put("currency", fake);
            assertRefused(api.put(PUT, acme(), doc), "company.currency must be an ISO 4217 code such as EUR.");
        }
        for (String real : List.of("CHF", "XOF", "EUR")) {
            ObjectNode doc = Fixtures.publication("Nouvelle", 20);
            ((ObjectNode) doc.get("company")).put("currency", real);
            assertEquals(200, api.put(PUT, acme(), doc).status(), real);
        }
    }

    @Test
    void countsAreNotNegative() {
        ObjectNode documents = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) documents.at("/views/order_book_month")).put("documents", -1);
        assertRefused(api.put(PUT, acme(), documents), "views.order_book_month.documents must not be negative.");
        ObjectNode orders = Fixtures.publication("Nouvelle", 20);
        ((ObjectNode) orders.at("/views/orders_month")).put("orders", -3);
        assertRefused(api.put(PUT, acme(), orders), "views.orders_month.orders must not be negative.");
    }

    @Test
    void nothingMayFollowTheJsonDocument() {
        assertRefused(putText(valid() + " {\"views\":{}}"), "The body has data after its JSON document.");
        Api.Answer garbage = putText(valid() + "garbage");
        assertEquals(400, garbage.status(), garbage.text());
        assertEquals("bad_request", garbage.error());
        assertStillTheValidOne();
        assertEquals(200, putText(valid() + " \n").status(), "white space after the document is fine");
    }

    @Test
    void nothingMayFollowTheGzipStream() {
        byte[] zipped = Api.gzip(valid().getBytes(StandardCharsets.UTF_8));
        byte[] trailing = Arrays.copyOf(zipped, zipped.length + 5);
        System.arraycopy("junk!".getBytes(StandardCharsets.UTF_8), 0, trailing, zipped.length, 5);
        assertRefused(putGzipped(trailing), "The body has data after its gzip stream.");

        byte[] twice = Arrays.copyOf(zipped, zipped.length * 2);
        System.arraycopy(zipped, 0, twice, zipped.length, zipped.length);
        assertRefused(putGzipped(twice), "The body has data after its gzip stream.");

        byte[] cut = Arrays.copyOf(zipped, zipped.length - 4);
        assertRefused(putGzipped(cut), "The gzip body is corrupt.");
    }

    @Test
    void theContentTypeMustBeJsonInUtf8() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=ISO-8859-1", "application/xml")) {
            HttpRequest r = api.request(PUT).PUT(HttpRequest.BodyPublishers.ofString(valid()))
                    .header("Content-Type", type).header("Authorization", acme()).build();
            Api.Answer a = api.send(r);
            assertEquals(415, a.status(), type);
            assertEquals("{\"error\":\"unsupported_media_type\",\"message\":"
                    + "\"The body must be sent as Content-Type: application/json (UTF-8).\"}", a.text());
            assertStillTheValidOne();
        }
        HttpRequest ok = api.request(PUT).PUT(HttpRequest.BodyPublishers.ofString(valid()))
                .header("Content-Type", "Application/JSON; charset=\"UTF-8\"").header("Authorization", acme()).build();
        assertEquals(200, api.send(ok).status());
    }

    /** Sends bytes that claim to be gzip as they are. */
    private Api.Answer putGzipped(byte[] body) {
        return api.send(api.request(PUT).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .header("Authorization", acme()).build());
    }
}
