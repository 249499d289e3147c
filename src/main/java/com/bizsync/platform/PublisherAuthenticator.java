package com.bizsync.platform;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic for publishers: customer code + password, checked with bcrypt. bcrypt costs about
 * a quarter of a second, so a successful check is remembered as a salted SHA-256 of the password
 * tied to the stored hash it matched: a password change (new stored hash, also from another
 * process) makes the remembered entry useless.
 */
final class PublisherAuthenticator {
    private static final int MAX_ENTRIES = 1000;

    private final PlatformStorage storage;
    private final PasswordChecker passwords;
    private final SignInThrottle throttle;
    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(String storedHash, byte[] passwordDigest) {
    }

    PublisherAuthenticator(PlatformStorage storage, PasswordChecker passwords, SignInThrottle throttle) {
        this.storage = storage;
        this.passwords = passwords;
        this.throttle = throttle;
        new SecureRandom().nextBytes(salt);
    }

    /** @return the authenticated customer; else a 401 that never says which part was wrong */
    Customer authenticate(Context ctx) {
        BasicAuthCredentials credentials = credentials(ctx);
        if (credentials == null || !Codes.isCode(credentials.getUsername())) {
            throw ApiError.badCredentials(true);
        }
        Customer customer = storage.customer(credentials.getUsername()).orElse(null);
        String storedHash = customer == null ? null : customer.passwordHash();
        byte[] digest = digest(credentials.getPassword());
        Remembered known = customer == null ? null : verified.get(customer.code());
        if (known != null && known.storedHash().equals(storedHash)
                && MessageDigest.isEqual(known.passwordDigest(), digest)) {
            return customer;
        }
        // Only bcrypt checks are throttled: a remembered password (above) is never a guess.
        SignInThrottle.Attempt attempt = throttle.attempt("publisher:" + credentials.getUsername(), ctx);
        if (!attempt.check(() -> passwords.verifyCustomer(credentials.getPassword(), storedHash))
                || customer == null) {
            throw ApiError.badCredentials(true);
        }
        attempt.giveBack();
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(customer.code(), new Remembered(storedHash, digest));
        return customer;
    }

    private static BasicAuthCredentials credentials(Context ctx) {
        try {
            return ctx.basicAuthCredentials();
        } catch (RuntimeException malformedHeader) {
            return null;
        }
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
