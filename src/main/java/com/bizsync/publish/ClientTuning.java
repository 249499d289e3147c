package com.bizsync.publish;

import java.time.Duration;

/**
 * Network limits of the publication client: timeouts, and how many times a request is tried
 * when the network or the platform fails (the first wait is {@code firstBackoff}, doubled each
 * time). Tests shorten the waits; the product uses {@link #DEFAULT}.
 */
public record ClientTuning(Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
                           int attempts, Duration firstBackoff) {
    public static final ClientTuning DEFAULT = new ClientTuning(
            Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), 3, Duration.ofMillis(500));

    public ClientTuning {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt} (2, 3, …): first backoff, then doubled. */
    Duration backoffBefore(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.max(0, attempt - 2));
    }

    public ClientTuning withBackoff(int newAttempts, Duration newFirstBackoff) {
        return new ClientTuning(connectTimeout, readTimeout, writeTimeout, newAttempts, newFirstBackoff);
    }

    public ClientTuning withTimeouts(Duration connect, Duration read) {
        return new ClientTuning(connect, read, read, attempts, firstBackoff);
    }
}
