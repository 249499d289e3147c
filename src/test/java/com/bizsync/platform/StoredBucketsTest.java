package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bucket4j's buckets kept in a real SQLite platform store, through every operation Bucket4j may call. */
class StoredBucketsTest {
    @TempDir
    Path data;

    private static final Supplier<BucketConfiguration> THREE_A_HOUR = () -> BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofHours(1))).build();

    @Test
    void aRemovedBucketStartsFullAgain() {
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            StoredBuckets buckets = new StoredBuckets(storage, Clock.systemUTC());
            BucketProxy bucket = buckets.builder().build("login:mobile:ACME:jdupont", THREE_A_HOUR);
            assertTrue(bucket.tryConsume(3));
            assertFalse(bucket.tryConsume(1), "three attempts spend the bucket");
            assertTrue(storage.throttleState("login:mobile:ACME:jdupont").isPresent());

            buckets.removeProxy("login:mobile:ACME:jdupont");
            assertTrue(storage.throttleState("login:mobile:ACME:jdupont").isEmpty());
            assertTrue(bucket.tryConsume(3), "forgotten: full again");
        }
    }

    @Test
    void theAsynchronousPathSharesTheStoredState() throws Exception {
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(data)) {
            StoredBuckets buckets = new StoredBuckets(storage, Clock.systemUTC());
            buckets.builder().build("address:127.0.0.9", THREE_A_HOUR).tryConsume(2);
            var async = buckets.asAsync().builder().build("address:127.0.0.9", () ->
                    java.util.concurrent.CompletableFuture.completedFuture(THREE_A_HOUR.get()));
            assertEquals(1L, async.getAvailableTokens().get(), "the asynchronous view reads the same stored bucket");
            buckets.asAsync().removeProxy("address:127.0.0.9").get();
            assertTrue(storage.throttleState("address:127.0.0.9").isEmpty());
        }
    }
}
