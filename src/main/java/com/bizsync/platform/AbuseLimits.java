package com.bizsync.platform;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

/**
 * What the platform allows hostile or careless traffic (docs/platform.md, "Abuse limits"): the
 * bcrypt costs it accepts from publishers, how many bcrypt checks run at once, how many refused
 * sign-ins a login or an address may make, how slowly a body may arrive, how many connections
 * one address may hold.
 *
 * @param minHashCost             lowest bcrypt cost accepted in a published user's hash
 * @param maxHashCost             highest one: each step doubles the work of every sign-in
 * @param concurrentHashChecks    bcrypt checks running at once; more wait, then get 503
 * @param hashCheckWait           how long a sign-in waits for a free bcrypt slot
 * @param perLogin                sign-in attempts per login (mobile) or customer code (publisher)
 * @param perAddress              sign-in attempts per client address, both kinds together
 * @param minBodyBytesPerSecond   slower request bodies are cut off
 * @param connectionsPerAddress   connections one address may keep open at once
 * @param trustedProxies          reverse proxies whose X-Forwarded-For names the client; they have
 *                                no connection limit (all clients come through them)
 */
public record AbuseLimits(int minHashCost, int maxHashCost, int concurrentHashChecks, Duration hashCheckWait,
                          Attempts perLogin, Attempts perAddress, int minBodyBytesPerSecond,
                          int connectionsPerAddress, Set<InetAddress> trustedProxies) {

    /**
     * A token bucket: {@code burst} attempts at once, then one more every {@code period / burst}.
     * Only refused attempts stay counted (a successful sign-in gives its attempt back).
     */
    public record Attempts(int burst, Duration period) {
        public Attempts {
            if (burst < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("attempts must be at least 1 per positive period");
            }
        }
    }

    public AbuseLimits {
        if (minHashCost < 4 || maxHashCost > 31 || minHashCost > maxHashCost) {
            throw new IllegalArgumentException("bcrypt costs must be 4 <= min <= max <= 31");
        }
        if (concurrentHashChecks < 1 || connectionsPerAddress < 1 || minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /** Costs 10–12 (the console hashes at 11), one bcrypt check per core, 5 attempts per login per 15 min. */
    public static AbuseLimits defaults() {
        return new AbuseLimits(10, 12, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(5),
                new Attempts(5, Duration.ofMinutes(15)), new Attempts(20, Duration.ofMinutes(10)), 1024, 32, Set.of());
    }

    public AbuseLimits withHashCosts(int min, int max) {
        return new AbuseLimits(min, max, concurrentHashChecks, hashCheckWait, perLogin, perAddress,
                minBodyBytesPerSecond, connectionsPerAddress, trustedProxies);
    }

    public AbuseLimits withConcurrentHashChecks(int checks, Duration wait) {
        return new AbuseLimits(minHashCost, maxHashCost, checks, wait, perLogin, perAddress,
                minBodyBytesPerSecond, connectionsPerAddress, trustedProxies);
    }

    public AbuseLimits withAttempts(Attempts login, Attempts address) {
        return new AbuseLimits(minHashCost, maxHashCost, concurrentHashChecks, hashCheckWait, login, address,
                minBodyBytesPerSecond, connectionsPerAddress, trustedProxies);
    }

    public AbuseLimits withTrustedProxies(Set<InetAddress> proxies) {
        return new AbuseLimits(minHashCost, maxHashCost, concurrentHashChecks, hashCheckWait, perLogin, perAddress,
                minBodyBytesPerSecond, connectionsPerAddress, proxies);
    }

    public AbuseLimits withConnections(int minBytesPerSecond, int connections) {
        return new AbuseLimits(minHashCost, maxHashCost, concurrentHashChecks, hashCheckWait, perLogin,
                perAddress, minBytesPerSecond, connections, trustedProxies);
    }
}
