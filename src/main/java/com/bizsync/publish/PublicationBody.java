package com.bizsync.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;

/**
 * Request bodies are gzip-compressed JSON: a company snapshot shrinks about tenfold. Public so
 * the benchmark can report the exact size the client sends.
 */
public final class PublicationBody {
    static final MediaType MEDIA_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicationBody() {
    }

    public static byte[] gzip(JsonNode document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gzip, document);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory compression failed", e);
        }
        return bytes.toByteArray();
    }
}
