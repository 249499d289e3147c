package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The fuzz corpus: every endpoint gets malformed, oversized, wrongly typed and hostile requests
 * over a real socket. None may answer 500, show a stack trace or name the platform's insides
 * (classes, libraries, files); every API refusal is the documented JSON error; and the platform
 * still serves its users normally afterwards.
 */
class PlatformFuzzTest extends PlatformTestBase {
    private static final String PUBLICATION = "/api/v1/publisher/companies/BIJOU/publication";
    private static final List<String> LEAKS = List.of("exception", "\tat ", "at com.", "at org.", "at java.",
            "java.", "org.eclipse", "jetty", "javalin", "com.bizsync", "jackson", "sqlite", "hikari", "flyway",
            "caused by", "/tmp", "/work", "/root", "/home", "platform.db", "<html", "<h1", "stack");

    private final List<String> problems = new ArrayList<>();
    private int cases;

    private record Request(String method, String path, List<String> headers, byte[] body) {
        String describe() {
            String shown = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path) + " "
                    + headers.stream().map(h -> h.length() > 60 ? h.substring(0, 60) + "…" : h).toList() + " " + shown;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body.length > 0 && headers.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding"))) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
            return out.toByteArray();
        }
    }

    private static Request req(String method, String path, byte[] body, String... headers) {
        return new Request(method, path, List.of(headers), body);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void check(Request r) {
        cases++;
        RawHttp.Answer a = RawHttp.send(server.port(), r.bytes());
        String what = r.describe() + " -> " + a.status();
        if (a.status() < 0) {
            problems.add(what + ": no HTTP answer: " + a.raw());
            return;
        }
        if (a.status() >= 500 && a.status() != 505) {
            problems.add(what + ": " + a.body());
        }
        String lower = (a.body() + " " + a.headers()).toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (lower.contains(leak) && !r.path().startsWith("/index") && !isDashboard(r, a)) {
                problems.add(what + ": leaks '" + leak + "': " + a.body());
            }
        }
        // A HEAD answer never has a body (HTTP); every other refusal has the JSON error.
        if (!isDashboard(r, a) && a.status() >= 400 && !r.method().equals("HEAD") && !a.body().matches("\\{\"error\":\"[a-z_]+\",\"message\":\".+\"}")) {
            problems.add(what + ": not the JSON error shape: " + a.body());
        }
        if (!"nosniff".equals(a.header("X-Content-Type-Options"))) {
            problems.add(what + ": no security headers");
        }
    }

    /** The dashboard's own files are HTML and scripts by design. */
    private static boolean isDashboard(Request r, RawHttp.Answer a) {
        return a.status() < 400 && !r.path().startsWith("/api/");
    }

    @Test
    void noHostileRequestBreaksThePlatformOrLeaksItsInsides() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux", 10));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean", "pw", grants("BIJOU", List.of("sales_revenue")))));
        String bearer = "Authorization: " + Api.bearer(token("ACME", "BIJOU", "jdupont", "pw"));
        String basic = "Authorization: " + acme();
        String json = "Content-Type: application/json";

        List<String> paths = List.of("/api/v1/health", "/api/v1/publisher/check", PUBLICATION, "/api/v1/publisher/users",
                "/api/v1/publisher/data", "/api/v1/mobile/sessions", "/api/v1/mobile/companies",
                "/api/v1/mobile/companies/BIJOU/views", "/api/v1/mobile/sessions/current", "/", "/index.html");
        List<String> methods = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO");
        // Every method on every path, without and with each kind of credentials.
        for (String path : paths) {
            for (String method : methods) {
                check(req(method, path, new byte[0]));
                check(req(method, path, new byte[0], "Authorization: Basic !!!"));
                check(req(method, path, new byte[0], "Authorization: Bearer " + "x".repeat(5000)));
            }
        }

        // Malformed and wrongly typed bodies on every endpoint that reads one.
        List<String> bodies = List.of("", "{", "}", "[]", "[", "null", "true", "123", "\"text\"", "{\"a\":}",
                "{\"a\":1,\"a\":2}", "{\"users\":null}", "{\"users\":{}}", "{\"users\":[1,2]}", "{\"users\":[{}]}",
                "{\"users\":[{\"login\":[],\"name\":{},\"passwordHash\":1,\"grants\":[]}]}",
                "{\"users\":[{\"login\":\"a\",\"name\":\"A\",\"passwordHash\":\"$2a$31$" + "a".repeat(53)
                        + "\",\"grants\":{\"../../x\":[\"sales_revenue\"]}}]}",
                "{\"customer\":123,\"company\":[],\"login\":{},\"password\":null}",
                "{\"customer\":\"ACME\",\"company\":\"BIJOU\",\"login\":\"jdupont\",\"password\":\"" + "p".repeat(5000) + "\"}",
                "{\"customer\":\"' OR 1=1 --\",\"company\":\"BIJOU\",\"login\":\"x\",\"password\":\"y\"}",
                "{\"customer\":\"ACME\",\"company\":\"BIJOU\",\"login\":\"${jndi:ldap://x/a}\",\"password\":\"%s%n%x\"}",
                "{\"asOf\":\"2026-13-45\",\"company\":{\"name\":\"<script>alert(1)</script>\",\"currency\":\"EUR\"},\"views\":{}}",
                "{\"asOf\":\"2026-11-22\",\"company\":{\"name\":\"x\",\"currency\":\"EUR\"},\"views\":{\"sales_revenue\":[]}}",
                "{\"asOf\":\"2026-11-22\",\"company\":{\"name\":\"x\",\"currency\":\"EUR\"},\"views\":{\"nope\":{}}}",
                "{\"asOf\":\"2026-11-22\",\"company\":{\"name\":\"x\",\"currency\":\"EUR\"},\"views\":{\"orders_month\":"
                        + "{\"amount\":1e999999999,\"orders\":99999999999999999999999}}}",
                "{\"asOf\":\"2026-11-22\",\"company\":{\"name\":\"x\",\"currency\":\"EUR\"},\"nextExpectedAt\":\"9999999-01-01T00:00:00Z\",\"views\":{}}",
                "{\"asOf\":\"2026-11-22\",\"company\":{\"name\":\"x\",\"currency\":\"EUR\",\"fiscalYear\":7},\"views\":{}}",
                "[".repeat(100_000), "{\"a\":".repeat(50_000), "{\"" + "k".repeat(1_000_000) + "\":1}",
                "{\"n\":" + "9".repeat(2_000_000) + "}", "\u0000\u0001\u0002", "\uFEFF{}", "{\"a\":\"\\ud800\"}");
        List<String[]> writes = List.of(new String[] {"PUT", PUBLICATION, basic}, new String[] {"PUT", "/api/v1/publisher/users", basic},
                new String[] {"POST", "/api/v1/mobile/sessions", null});
        for (String[] w : writes) {
            for (String body : bodies) {
                check(w[2] == null ? req(w[0], w[1], utf8(body), json) : req(w[0], w[1], utf8(body), json, w[2]));
            }
            byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
            check(req(w[0], w[1], invalidUtf8, json, w[2] == null ? "X-No: 1" : w[2]));
            // Lies about the encoding, the type, the length and the chunking.
            check(req(w[0], w[1], utf8("{}"), json, "Content-Encoding: gzip", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), json, "Content-Encoding: br", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], Api.gzip(utf8("{}")), json, "Content-Encoding: gzip, gzip", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), "Content-Type: multipart/form-data; boundary=x", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("a=1&b=2"), "Content-Type: application/x-www-form-urlencoded",
                    w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("5\r\n{\"a\"\r\nZZ\r\n"), json, "Transfer-Encoding: chunked",
                    w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), json, "Transfer-Encoding: gzip, chunked", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), json, "Content-Length: 99", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), json, "Content-Length: -5", w[2] == null ? "X-No: 1" : w[2]));
            check(req(w[0], w[1], utf8("{}"), json, "Content-Length: 99999999999999999999", w[2] == null ? "X-No: 1" : w[2]));
        }
        // Oversized: sign-in is capped at 64 KiB, publications at 16 MiB after inflation.
        check(req("POST", "/api/v1/mobile/sessions", utf8("{\"pad\":\"" + "a".repeat(200_000) + "\"}"), json));
        check(req("PUT", PUBLICATION, Api.gzip(utf8("{\"pad\":\"" + "a".repeat(20 * 1024 * 1024) + "\"}")), json,
                "Content-Encoding: gzip", basic));

        // Hostile paths and headers.
        for (String path : List.of("/%", "/%%", "/api/v1/%zz", "/api/v1/mobile/companies/%00/views",
                "/api/v1/mobile/companies/..%2F..%2Fetc%2Fpasswd/views", "/api/v1/mobile/companies/bijou/views",
                "/api/v1/mobile/companies/" + "A".repeat(5000) + "/views", "/api/v1/publisher/companies/%2e%2e/publication",
                "/../../etc/passwd", "/api/v1/../../../etc/passwd", "/api/v1/health?%zz=1", "/api/v1/health;jsessionid=x",
                "//api//v1//health", "/api/v1/mobile/companies/BIJOU/views/", "/" + "a".repeat(20_000), "*",
                "http://evil.example/api/v1/health", "/api/v1/mobile/companies/%E2%80%A8/views",
                "/static/../../../etc/passwd", "/WEB-INF/web.xml", "/index.html%00.js")) {
            check(req("GET", path, new byte[0], bearer));
        }
        check(req("GET", "/api/v1/health", new byte[0], "X-Big: " + "a".repeat(20_000)));
        check(req("GET", "/api/v1/health", new byte[0], "Bad Header Line"));
        check(req("GET", "/api/v1/mobile/companies", new byte[0], "Authorization: Bearer a\u0001b"));
        check(req("GET", "/api/v1/mobile/companies", new byte[0], "Authorization: Basic " + "QUNNRTo=".repeat(100)));
        check(req("GET", "/api/v1/publisher/check", new byte[0], "Authorization: Basic QUNNRQ=="));
        check(req("GET", "/api/v1/publisher/check", new byte[0], "Authorization: Basic Ow=="));
        check(req("GET", "/api/v1/publisher/check", new byte[0], "Authorization: Basic " + "%%%"));
        check(req("GET", "/api/v1/mobile/companies/BIJOU/views", new byte[0], bearer, "If-None-Match: " + "\"x\",".repeat(2000)));
        check(req("GET", "/api/v1/mobile/companies/BIJOU/views", new byte[0], bearer, "Accept-Encoding: gzip;q=abc, *;q=-1"));

        assertEquals(List.of(), problems, cases + " cases");
        assertTrue(cases > 400, "the corpus ran: " + cases);

        // Still healthy and serving its users.
        assertEquals(200, api.get("/api/v1/health", null).status());
        Api.Answer read = api.get("/api/v1/mobile/companies/BIJOU/views", Api.bearer(token("ACME", "BIJOU", "jdupont", "pw")));
        assertEquals(200, read.status(), read.text());
        assertEquals("Bijoux", read.json().at("/company/name").asText());
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux après", 11));
    }
}
