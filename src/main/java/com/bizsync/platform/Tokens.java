package com.bizsync.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits, base64url; only their SHA-256 is ever stored. A phone's
 * long-lived device token carries a prefix (never a base64url character) so the platform knows
 * which table to look in.
 */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DEVICE_PREFIX = "d.";

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newDeviceToken() {
        return DEVICE_PREFIX + newToken();
    }

    static boolean isDeviceToken(String token) {
        return token.startsWith(DEVICE_PREFIX);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
