package com.bizsync.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the platform: where it listens, where it keeps its data, how long mobile sessions
 * last, what it allows hostile traffic, and optionally the keystore that turns on HTTPS. The clock is replaceable for tests.
 */
public record PlatformConfig(String bindAddress, int port, Path dataFolder, Duration tokenLifetime,
                             Optional<Keystore> https, Clock clock, Duration idleTimeout,
                             AbuseLimits limits) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);
    /** How long a connection may stay silent before the platform closes it (Jetty's own default). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** A PKCS12 or JKS file holding the server's key and certificate, and its password. */
    public record Keystore(Path file, char[] password) {
        public Keystore {
            Objects.requireNonNull(file, "file");
            password = password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        @Override
        public String toString() {
            return "Keystore[" + file + "]";
        }
    }

    public PlatformConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(https, "https");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive");
        }
    }

    /** 127.0.0.1, a random free port, 12-hour sessions, plain HTTP, {@link AbuseLimits#defaults()}. */
    public static PlatformConfig defaults(Path dataFolder) {
        return new PlatformConfig(DEFAULT_BIND, 0, dataFolder, DEFAULT_TOKEN_LIFETIME, Optional.empty(),
                Clock.systemUTC(), DEFAULT_IDLE_TIMEOUT, AbuseLimits.defaults());
    }

    public PlatformConfig withBindAddress(String address) {
        return new PlatformConfig(address, port, dataFolder, tokenLifetime, https, clock, idleTimeout, limits);
    }

    public PlatformConfig withPort(int newPort) {
        return new PlatformConfig(bindAddress, newPort, dataFolder, tokenLifetime, https, clock, idleTimeout, limits);
    }

    public PlatformConfig withTokenLifetime(Duration lifetime) {
        return new PlatformConfig(bindAddress, port, dataFolder, lifetime, https, clock, idleTimeout, limits);
    }

    public PlatformConfig withHttps(Path keystore, char[] password) {
        return new PlatformConfig(bindAddress, port, dataFolder, tokenLifetime,
                Optional.of(new Keystore(keystore, password)), clock, idleTimeout, limits);
    }

    public PlatformConfig withIdleTimeout(Duration timeout) {
        return new PlatformConfig(bindAddress, port, dataFolder, tokenLifetime, https, clock, timeout, limits);
    }

    public PlatformConfig withLimits(AbuseLimits newLimits) {
        return new PlatformConfig(bindAddress, port, dataFolder, tokenLifetime, https, clock, idleTimeout, newLimits);
    }

    public PlatformConfig withClock(Clock newClock) {
        return new PlatformConfig(bindAddress, port, dataFolder, tokenLifetime, https, newClock, idleTimeout, limits);
    }
}
