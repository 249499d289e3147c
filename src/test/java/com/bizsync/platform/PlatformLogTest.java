package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's log (the real log file the tests write, same pattern as the product's): a
 * value typed by a user stays on its line with its control characters escaped, and what someone
 * typed as a login that does not exist (often a password in the wrong field) is never written.
 */
class PlatformLogTest extends PlatformTestBase {
    private static final Path LOG = Path.of("target", "test-logs", "bizsync-test.log");
    private long start;

    @BeforeEach
    void rememberWhereTheLogEnds() throws IOException {
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean", "pw", grants("BIJOU", List.of("sales_revenue"))),
                Fixtures.user("evil\u2028INFO\u001b[31m\u0085x", "Evil", "pw", grants("BIJOU", List.of("sales_revenue")))));
        start = Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    private String logSinceStart() {
        try {
            byte[] all = Files.readAllBytes(LOG);
            return new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPasswordTypedAsLoginIsNeverWritten() {
        assertEquals(401, signIn("ACME", "BIJOU", "Tr0ub4dor&3-secret", "whatever").status());
        assertEquals(401, signIn("ACME", "BIJOU", "jdupont", "wrong-password-typed").status());
        String log = logSinceStart();
        assertFalse(log.contains("Tr0ub4dor&3-secret"), log);
        assertFalse(log.contains("wrong-password-typed"), log);
        assertTrue(log.contains("Mobile sign-in refused: customer ACME company BIJOU login (unknown, not logged)"), log);
        assertTrue(log.contains("login jdupont from 127.0.0.1 (wrong password)"), log);
    }

    @Test
    void typedControlCharactersAndLineSeparatorsAreEscaped() {
        assertEquals(401, signIn("ACME", "NOGRANT", "evil\u2028INFO\u001b[31m\u0085x", "pw").status());
        String log = logSinceStart();
        assertTrue(log.contains("login evil\\u2028INFO\\u001b[31m\\u0085x from 127.0.0.1 (no grant on the company)"), log);
        assertFalse(log.contains("\u2028"), log);
        assertFalse(log.contains("\u001b"), log);
        assertFalse(log.contains("\u0085"), log);
    }

    @Test
    void exceptionMessagesAreEscapedAndFramesKeepTheirLines() {
        // What the platform does with an unexpected failure: the message of an exception may quote a typed value.
        org.slf4j.LoggerFactory.getLogger(PlatformServer.class).error("Request GET /x failed",
                new IllegalStateException("bad value a\n2026-01-01 00:00:00,000 INFO forged entry\u2028end",
                        new IllegalArgumentException("cause\r\nforged too")));
        String log = logSinceStart();
        assertTrue(log.contains("java.lang.IllegalStateException: bad value a\\n2026-01-01 00:00:00,000 INFO forged entry\\u2028end"),
                log);
        assertTrue(log.contains("Caused by: java.lang.IllegalArgumentException: cause\\r\\nforged too"), log);
        assertFalse(log.contains("\n2026-01-01 00:00:00,000 INFO forged"), log);
        assertTrue(log.contains("\n\tat com.bizsync.platform.PlatformLogTest."), "frames stay one per line: " + log);
    }
}
