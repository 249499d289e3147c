package com.bizsync.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values read from the storage, kept until a write invalidates them. A value is kept only when no
 * invalidation happened since its read began: a read racing a write never pins the old value.
 * Absent values are not kept (a flood of unknown keys must not fill the memory).
 */
final class GuardedCache<K, V> {
    private final int maxEntries;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    GuardedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Optional<V> get(K key, Function<K, Optional<V>> load) {
        V known = values.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        long before = invalidations.get();
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(v -> {
            if (values.size() >= maxEntries) {
                values.clear();
            }
            // Atomic with remove on the same key: a write that happened meanwhile has already
            // counted its invalidation, so the value read before it is not kept.
            values.compute(key, (k, current) -> invalidations.get() == before ? v : current);
        });
        return loaded;
    }

    /** Call after the write, before answering. */
    void invalidate(K key) {
        invalidations.incrementAndGet();
        values.remove(key);
    }

    void invalidateIf(Predicate<Map.Entry<K, V>> stale) {
        invalidations.incrementAndGet();
        values.entrySet().removeIf(stale);
    }
}
