package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mobile views answer carries an ETag: the same tag answers 304 without a body, a new
 * publication or a deletion is seen at once (nothing stale is served from memory), and the body
 * comes gzip-compressed to clients that accept it.
 */
class PlatformReadyViewsTest extends PlatformTestBase {
    private static final String VIEWS = "/api/v1/mobile/companies/BIJOU/views";
    private String token;

    @BeforeEach
    void publishAndSignIn() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                grants("BIJOU", List.of("sales_revenue", "cash_position")))));
        token = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
    }

    private Api.Answer views(String ifNoneMatch, String acceptEncoding) {
        HttpRequest.Builder b = api.request(VIEWS).GET().header("Authorization", token);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return api.send(b.build());
    }

    @Test
    void theSameTagAnswers304WithoutBody() {
        Api.Answer first = views(null, null);
        assertEquals(200, first.status(), first.text());
        String etag = first.header("ETag");
        assertNotNull(etag, "the answer carries an ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);

        Api.Answer again = views(etag, null);
        assertEquals(304, again.status());
        assertEquals("", again.text());
        assertEquals(etag, again.header("ETag"));
        assertEquals("nosniff", again.header("X-Content-Type-Options"));

        Api.Answer other = views("\"not-the-tag\"", null);
        assertEquals(200, other.status());
        assertEquals(first.text(), other.text());
    }

    @Test
    void aNewPublicationIsServedAtOnceWithAnotherTag() {
        Api.Answer before = views(null, null);
        assertEquals(100.0, before.json().at("/views/sales_revenue/byMonth/0/amount").asDouble());
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 250));

        Api.Answer after = views(before.header("ETag"), null);
        assertEquals(200, after.status(), "the old tag no longer matches");
        assertEquals(250.0, after.json().at("/views/sales_revenue/byMonth/0/amount").asDouble());
        assertNotEquals(before.header("ETag"), after.header("ETag"));
    }

    @Test
    void aDeletedPublicationIsGoneAtOnce() {
        assertEquals(200, views(null, null).status());
        assertEquals(204, api.delete("/api/v1/publisher/companies/BIJOU/publication", acme()).status());
        Api.Answer gone = views(null, null);
        assertEquals(404, gone.status(), gone.text());
        assertEquals("not_found", gone.error());

        assertEquals(200, api.put("/api/v1/publisher/companies/BIJOU/publication", acme(),
                Fixtures.publication("Bijoux du Sud", 300)).status());
        assertEquals(300.0, views(null, null).json().at("/views/cash_position/total").asDouble() / 5);
    }

    @Test
    void newGrantsChangeTheAnswerAndItsTag() {
        Api.Answer two = views(null, null);
        assertEquals(List.of("cash_position", "sales_revenue"), viewIds(two));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                grants("BIJOU", List.of("sales_revenue")))));
        // The password hash changed with the new bcrypt salt: the old token is revoked.
        token = Api.bearer(token("ACME", "BIJOU", "jdupont", "jean-pw"));
        Api.Answer one = views(two.header("ETag"), null);
        assertEquals(200, one.status());
        assertEquals(List.of("sales_revenue"), viewIds(one));
        assertNotEquals(two.header("ETag"), one.header("ETag"));
    }

    @Test
    void gzipWhenAcceptedWithItsOwnTag() {
        Api.Answer plain = views(null, null);
        Api.Answer zipped = views(null, "gzip, deflate");
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertEquals(null, plain.header("Content-Encoding"));
        assertEquals(plain.text(), zipped.text(), "the same document once inflated");
        assertTrue(zipped.raw().body().length < plain.raw().body().length, "smaller on the wire");
        assertNotEquals(plain.header("ETag"), zipped.header("ETag"), "two representations, two tags");
        assertEquals("Accept-Encoding", zipped.header("Vary"));
        assertEquals(304, views(zipped.header("ETag"), "gzip").status());

        Api.Answer refused = views(null, "gzip;q=0, identity");
        assertEquals(null, refused.header("Content-Encoding"));
        assertArrayEquals(plain.raw().body(), refused.raw().body());
    }

    private static List<String> viewIds(Api.Answer a) {
        List<String> ids = new java.util.ArrayList<>();
        a.json().get("views").fieldNames().forEachRemaining(ids::add);
        java.util.Collections.sort(ids);
        return ids;
    }
}
