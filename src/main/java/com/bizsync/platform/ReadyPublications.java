package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Each company's publication kept ready to send: serialized and gzip-compressed once per set of
 * granted views, until another publication replaces it. Parsing, filtering, serializing and
 * compressing the snapshot on every request cost far more than the request itself.
 *
 * <p>Above {@link PlatformStorage}, whatever stores the publications: a ready answer is reused
 * only while the storage still returns the publication it was made from, so a new publication or
 * a deletion is seen at once. Each answer carries its ETag, a hash of its bytes: every instance
 * computes the same tag from the same publication.
 */
final class ReadyPublications {
    /** Bounds the memory: beyond this many answers the oldest state is simply dropped. */
    private static final int MAX_ANSWERS = 10_000;

    private final PlatformStorage storage;
    private final ObjectMapper json;
    private final Map<Key, Made> answers = new ConcurrentHashMap<>();

    ReadyPublications(PlatformStorage storage, ObjectMapper json) {
        this.storage = storage;
        this.json = json;
    }

    /** One answer ready to write: the JSON bytes, the same gzip-compressed, and the ETag. */
    record Ready(byte[] json, byte[] gzip, String etag) {
        /** The tag of the gzip-encoded answer: another representation of the same content. */
        String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }

        /** True when an {@code If-None-Match} value names either representation, or is {@code *}. */
        boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag) || t.equals(gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whose answer, for which granted views, late or not (late turns true once, by the clock). */
    private record Key(String customer, String company, Set<ViewId> granted, boolean late) {
    }

    private record Made(StoredPublication from, Ready ready) {
    }

    /**
     * The company's publication with only the granted views, as the mobile views endpoint answers
     * it, or empty when nothing is published.
     */
    Optional<Ready> ready(String customer, String company, Set<ViewId> granted, Instant now) {
        Optional<StoredPublication> stored = storage.publication(customer, company);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredPublication publication = stored.get();
        Key key = new Key(customer, company, EnumSet.copyOf(granted), publication.lateAt(now));
        Made made = answers.get(key);
        // equals is quick on the same instance, which a caching storage returns until a write.
        if (made == null || !made.from().equals(publication)) {
            made = new Made(publication, render(publication, key.granted(), key.late()));
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            answers.put(key, made);
        }
        return Optional.of(made.ready());
    }

    private Ready render(StoredPublication publication, Set<ViewId> granted, boolean late) {
        try {
            ObjectNode doc = (ObjectNode) json.readTree(publication.snapshotJson());
            ObjectNode views = (ObjectNode) doc.get("views");
            views.retain(granted.stream().map(ViewId::id).toList());
            doc.put("code", publication.company());
            doc.put("publishedAt", publication.publishedAt().toString());
            // The snapshot already carries nextExpectedAt as sent; "late" is the platform's reading of it now.
            doc.put("late", late);
            byte[] bytes = json.writeValueAsBytes(doc);
            return new Ready(bytes, gzip(bytes), etag(bytes));
        } catch (IOException e) {
            throw new StorageFailure("a stored snapshot is not valid JSON", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory compression cannot fail", e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
