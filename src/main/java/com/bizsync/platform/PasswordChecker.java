package com.bizsync.platform;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Every bcrypt check of the platform. A check costs the same whether the account exists or not
 * (a missing or unusable hash is replaced by a dummy of the cost a real one would have), never
 * runs a cost outside the platform's range for publisher-supplied hashes, and only
 * {@link AbuseLimits#concurrentHashChecks()} run at once: the others wait a little, then get 503.
 */
final class PasswordChecker {
    private final AbuseLimits limits;
    private final Semaphore slots;
    /** Dummy hashes by cost, made once per process (each costs as much as a sign-in). */
    private static final Map<Integer, byte[]> DUMMIES = new ConcurrentHashMap<>();

    PasswordChecker(AbuseLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrentHashChecks(), true);
        // Made now, so the first refused sign-in does not also pay for making it.
        dummy(mobileDummyCost());
        dummy(PasswordHashes.COST);
    }

    /** Whether a published user's hash is one the platform accepts: bcrypt within the cost range. */
    boolean acceptable(String hash) {
        if (!PasswordHashes.looksLikeBcrypt(hash)) {
            return false;
        }
        int cost = PasswordHashes.cost(hash);
        return cost >= limits.minHashCost() && cost <= limits.maxHashCost();
    }

    int minCost() {
        return limits.minHashCost();
    }

    int maxCost() {
        return limits.maxHashCost();
    }

    /** A mobile user's password against the hash the installation sent (null: no such user). */
    boolean verifyMobile(String password, String hash) {
        return verify(password, acceptable(hash) ? hash : null, mobileDummyCost());
    }

    /** A customer's password against its hash made by {@code platform customer} (null: no such customer). */
    boolean verifyCustomer(String password, String hash) {
        boolean usable = PasswordHashes.looksLikeBcrypt(hash) && PasswordHashes.cost(hash) >= 4
                && PasswordHashes.cost(hash) <= 31;
        return verify(password, usable ? hash : null, PasswordHashes.COST);
    }

    /** The cost installations hash with, kept inside the range (a real hash cannot be outside it). */
    private int mobileDummyCost() {
        return Math.max(limits.minHashCost(), Math.min(limits.maxHashCost(), PasswordHashes.MOBILE_COST));
    }

    private boolean verify(String password, String usableHash, int dummyCost) {
        byte[] stored = usableHash == null ? dummy(dummyCost) : usableHash.getBytes(StandardCharsets.UTF_8);
        acquire();
        try {
            boolean verified = BCrypt.verifyer(null, PasswordHashes.LONG)
                    .verify(password.getBytes(StandardCharsets.UTF_8), stored).verified;
            return usableHash != null && verified;
        } finally {
            slots.release();
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(limits.hashCheckWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiError.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.busy();
        }
    }

    private static byte[] dummy(int cost) {
        return DUMMIES.computeIfAbsent(cost, c -> PasswordHashes.hash("bizsync-dummy".toCharArray(), c)
                .getBytes(StandardCharsets.UTF_8));
    }
}
