package com.bizsync.platform;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bucket4j's buckets kept in the platform's storage: each change is a compare-and-swap of the
 * serialized bucket through {@link PlatformStorage}, so instances sharing a database share the
 * buckets (Bucket4j's own JDBC managers cover PostgreSQL or MySQL but not SQLite). Time is the
 * platform's clock, so a test can move it forward instead of waiting for a refill.
 */
final class StoredBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {
    private final PlatformStorage storage;
    private final Clock clock;

    StoredBuckets(PlatformStorage storage, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new PlatformTime(clock)));
        this.storage = storage;
        this.clock = clock;
    }

    private record PlatformTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return storage.throttleState(key);
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] replacement, RemoteBucketState state,
                                          Optional<Long> timeoutNanos) {
                long now = TimeUnit.MILLISECONDS.toNanos(clock.millis());
                Instant full = clock.instant().plusNanos(state.calculateFullRefillingTime(now));
                return storage.swapThrottleState(key, original, replacement, full);
            }
        };
    }

    /** The same operation, answered at once: the storage is synchronous. */
    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        CompareAndSwapOperation operation = beginCompareAndSwapOperation(key);
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return CompletableFuture.completedFuture(operation.getStateData(timeoutNanos));
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(byte[] original, byte[] replacement,
                                                             RemoteBucketState state, Optional<Long> timeoutNanos) {
                return CompletableFuture.completedFuture(operation.compareAndSwap(original, replacement, state,
                        timeoutNanos));
            }
        };
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        removeProxy(key);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void removeProxy(String key) {
        storage.forgetThrottleState(key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        // Answered at once from the synchronous storage (beginAsyncCompareAndSwapOperation).
        return true;
    }
}
