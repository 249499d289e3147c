package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Readers loop over a company's views while two publishers replace its snapshot concurrently:
 * every read must be one whole version (all 17 views, every figure derived from the same base),
 * never a mix, never missing; at the end one complete snapshot remains.
 */
class PlatformAtomicReplacementTest extends PlatformTestBase {
    private static final int WRITERS = 2;
    private static final int VERSIONS_PER_WRITER = 12;
    private static final int READERS = 3;

    @Test
    void readersSeeWholeSnapshotsWhileWritersReplaceThem() throws Exception {
        publish(acme(), "BIJOU", Fixtures.publication("Version 0", 0));
        List<String> allViews = Arrays.stream(ViewId.values()).map(ViewId::id).toList();
        putUsers(acme(), Fixtures.users(Fixtures.user("reader", "Reader", "pw", grants("BIJOU", allViews))));
        String token = Api.bearer(token("ACME", "BIJOU", "reader", "pw"));

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        Set<Integer> versionsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        try {
            List<Future<?>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 1; i <= VERSIONS_PER_WRITER; i++) {
                        int version = writer * 1000 + i;
                        Api.Answer a = api.put("/api/v1/publisher/companies/BIJOU/publication", acme(),
                                Fixtures.publication("Version " + version, version));
                        if (a.status() != 200) {
                            problems.add("write " + version + " answered " + a.status() + " " + a.text());
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new java.util.ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        Api.Answer a = api.get("/api/v1/mobile/companies/BIJOU/views", token);
                        reads.incrementAndGet();
                        if (a.status() != 200) {
                            problems.add("read answered " + a.status() + " " + a.text());
                            continue;
                        }
                        String mix = PublicationMarker.inconsistency(a.json());
                        if (mix != null) {
                            problems.add(mix);
                        }
                        versionsSeen.add(PublicationMarker.version(a.json()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertEquals(List.of(), problems);
        assertTrue(reads.get() >= READERS, "readers ran: " + reads.get());
        assertTrue(versionsSeen.size() >= 2, "readers saw replacements happen: " + versionsSeen);

        JsonNode last = api.get("/api/v1/mobile/companies/BIJOU/views", token).json();
        assertEquals(null, PublicationMarker.inconsistency(last));
        int finalVersion = PublicationMarker.version(last);
        assertTrue(finalVersion == VERSIONS_PER_WRITER || finalVersion == 1000 + VERSIONS_PER_WRITER,
                "the last write of one of the writers wins: " + finalVersion);
    }
}
