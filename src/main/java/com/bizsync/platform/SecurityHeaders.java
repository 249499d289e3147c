package com.bizsync.platform;

import java.util.Map;
import java.util.function.BiConsumer;

/** The headers of every answer, application's or Jetty's (docs/platform.md, Security). */
final class SecurityHeaders {
    static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(BiConsumer<String, String> header, boolean https) {
        ALWAYS.forEach(header);
        if (https) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
