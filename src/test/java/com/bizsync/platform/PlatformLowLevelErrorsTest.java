package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Requests that Jetty refuses before the application sees them (a broken path, headers too
 * large, a broken chunked body) get the API's JSON error and the security headers, with the
 * right cause, not Jetty's HTML page (docs/platform-api.md, Errors).
 */
class PlatformLowLevelErrorsTest extends PlatformTestBase {

    private RawHttp.Answer send(String request) {
        return RawHttp.send(server.port(), request);
    }

    private static void assertJsonError(RawHttp.Answer a, int status, String code, String message) {
        assertEquals(status, a.status(), a.raw());
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.raw());
        assertEquals("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}", a.body(), a.raw());
        assertEquals("nosniff", a.header("X-Content-Type-Options"), a.raw());
        assertEquals("DENY", a.header("X-Frame-Options"), a.raw());
        assertEquals("no-referrer", a.header("Referrer-Policy"), a.raw());
        assertEquals("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                a.header("Content-Security-Policy"), a.raw());
        assertEquals("no-store", a.header("Cache-Control"), a.raw());
    }

    @Test
    void aBrokenPathIsAJsonBadRequest() {
        assertJsonError(send("GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400, "bad_request", "The request is not valid HTTP: bad path.");
        assertJsonError(send("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400, "bad_request", "The request is not valid HTTP: bad path.");
    }

    @Test
    void headersTooLargeAreAJsonError() {
        String big = "X-Big: " + "a".repeat(20_000) + "\r\n";
        assertJsonError(send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + big + "Connection: close\r\n\r\n"),
                431, "headers_too_large", "The request headers are too large.");
    }

    @Test
    void aRequestLineTooLongIsAJsonError() {
        String path = "/api/v1/" + "a".repeat(20_000);
        RawHttp.Answer a = send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertJsonError(a, 414, "uri_too_long", "The request path is too long.");
    }

    @Test
    void aBrokenHeaderLineIsAJsonBadRequest() {
        assertJsonError(send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nno colon here\r\nConnection: close\r\n\r\n"),
                400, "bad_request", "The request is not valid HTTP: illegal character.");
    }

    @Test
    void brokenChunkingIsNamedAsSuch() {
        String head = "PUT /api/v1/publisher/companies/BIJOU/publication HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + acme() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n";
        String badChunks = "\r\nzz\r\n{\"a\":1}\r\n0\r\n\r\n";
        String message = "The request body could not be read: bad chunked encoding or body cut short.";
        assertJsonError(send(head + badChunks), 400, "bad_request", message);
        // Not "The gzip body is corrupt": the chunking broke before any gzip was read.
        assertJsonError(send(head + "Content-Encoding: gzip\r\n" + badChunks), 400, "bad_request", message);
    }

    @Test
    void anUnknownHttpVersionIsAJsonError() {
        RawHttp.Answer a = send("GET /api/v1/health HTTP/7.3\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertJsonError(a, 505, "bad_request", "The request is not valid HTTP: unsupported HTTP version.");
    }
}
