package com.bizsync.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON request body, inflating it when sent with {@code Content-Encoding: gzip}, and
 * never holds more than the limit in memory: a gzip bomb stops at the limit with 413.
 */
final class RequestBodies {
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final ObjectMapper json;

    RequestBodies(ObjectMapper json) {
        this.json = json;
    }

    JsonNode readJson(Context ctx) {
        return readJson(ctx, MAX_BYTES);
    }

    /** With a smaller limit, for bodies anyone may send before authenticating (sign-in). */
    JsonNode readJson(Context ctx, int limit) {
        byte[] body = readBytes(ctx, limit);
        if (body.length == 0) {
            throw ApiError.badRequest("A JSON body is required.");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("The body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The body is not valid JSON.");
        } catch (IOException e) {
            throw ApiError.badRequest("The body could not be read.");
        }
    }

    private static byte[] readBytes(Context ctx, int limit) {
        String encoding = ctx.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.trim().toLowerCase(Locale.ROOT).equals("gzip");
        if (encoding != null && !encoding.isBlank() && !gzip && !encoding.trim().equalsIgnoreCase("identity")) {
            throw ApiError.badRequest("Unsupported Content-Encoding: only gzip is accepted.");
        }
        try (InputStream raw = ctx.req().getInputStream();
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return readAtMost(in, limit);
        } catch (org.eclipse.jetty.http.BadMessageException e) {
            // Jetty's minimum body rate (PlatformServer): a trickled body is cut off here.
            throw ApiError.tooSlow();
        } catch (ZipException | java.io.EOFException e) {
            throw ApiError.badRequest("The gzip body is corrupt.");
        } catch (IOException e) {
            throw ApiError.badRequest("The body could not be read.");
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw ApiError.tooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
