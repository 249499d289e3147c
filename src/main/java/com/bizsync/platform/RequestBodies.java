package com.bizsync.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a JSON request body, inflating it when sent with {@code Content-Encoding: gzip}, and
 * never holds more than the limit in memory: a gzip bomb stops at the limit with 413. One JSON
 * object, nothing after it; a declared {@code Content-Type} must be JSON in UTF-8 (415 otherwise).
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
        requireJsonType(ctx.header("Content-Type"));
        byte[] body = readBytes(ctx, limit);
        if (body.length == 0) {
            throw ApiError.badRequest("A JSON body is required.");
        }
        try (JsonParser parser = json.createParser(body)) {
            JsonNode node = json.readTree(parser);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("The body must be a JSON object.");
            }
            if (parser.nextToken() != null) {
                throw ApiError.badRequest("The body has data after its JSON document.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The body is not valid JSON.");
        } catch (IOException e) {
            throw ApiError.badRequest("The body could not be read.");
        }
    }

    /** JSON only; a body sent without a type is read as JSON (the API has no other). */
    private static void requireJsonType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        boolean json = parts[0].trim().equals("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String param = parts[i].trim();
            if (param.startsWith("charset=")) {
                String charset = param.substring("charset=".length()).replace("\"", "").trim();
                json = charset.equals("utf-8") || charset.equals("utf8");
            }
        }
        if (!json) {
            throw ApiError.unsupportedMediaType();
        }
    }

    private static byte[] readBytes(Context ctx, int limit) {
        String encoding = ctx.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.trim().toLowerCase(Locale.ROOT).equals("gzip");
        if (encoding != null && !encoding.isBlank() && !gzip && !encoding.trim().equalsIgnoreCase("identity")) {
            throw ApiError.badRequest("Unsupported Content-Encoding: only gzip is accepted.");
        }
        byte[] raw;
        try (InputStream in = ctx.req().getInputStream()) {
            raw = readAtMost(in, limit);
        } catch (org.eclipse.jetty.http.BadMessageException e) {
            // Jetty's minimum body rate (PlatformServer): a trickled body is cut off here.
            throw ApiError.tooSlow();
        } catch (IOException e) {
            // Jetty reports a broken chunked encoding or a body cut short here, before any gzip.
            throw ApiError.badRequest("The request body could not be read: bad chunked encoding or body cut short.");
        }
        return gzip ? GzipBody.inflate(raw, limit) : raw;
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
