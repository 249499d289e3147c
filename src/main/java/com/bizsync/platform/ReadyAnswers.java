package com.bizsync.platform;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Writes a ready answer: {@code 304} when the client already holds it ({@code If-None-Match}),
 * else its bytes, the compressed ones when the client accepts gzip.
 */
final class ReadyAnswers {
    private ReadyAnswers() {
    }

    static void write(Context ctx, ReadyPublications.Ready ready) {
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", gzip ? ready.gzipEtag() : ready.etag());
        ctx.header("Vary", "Accept-Encoding");
        if (ready.matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json");
        if (gzip) {
            // Set before the body: Javalin then leaves the already compressed bytes as they are.
            ctx.header("Content-Encoding", "gzip");
            ctx.result(ready.gzip());
        } else {
            ctx.result(ready.json());
        }
    }

    /** True when the header lists gzip (or *) without refusing it with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().toLowerCase(Locale.ROOT).split(";");
            String coding = fields[0].trim();
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return !refused(fields);
            }
        }
        return false;
    }

    private static boolean refused(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].trim();
            if (f.startsWith("q=")) {
                try {
                    return Double.parseDouble(f.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
