package com.bizsync.settings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for the stored passwords: a fresh random 12-byte IV per value, the field name as
 * associated data (a value copied into another column does not decrypt). Stored form:
 * {@code gcm1:} + base64(IV ‖ ciphertext ‖ tag).
 */
final class SecretCipher {
    private static final String PREFIX = "gcm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretCipher(SecretKey key) {
        this.key = key;
    }

    /** Null for an empty password: nothing to protect, nothing stored. */
    String seal(String clear, String field) {
        if (clear == null || clear.isEmpty()) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            // AES-GCM is mandatory in every Java runtime: reaching this is a broken JRE.
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The clear value ("" when none was stored). */
    String open(String stored, String field) throws UnreadableSecretException {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (!stored.startsWith(PREFIX)) {
            throw new UnreadableSecretException("unknown secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length <= IV_BYTES) {
                throw new UnreadableSecretException("truncated secret");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(clear, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // A tag mismatch is what a different key (another machine, a replaced key file) looks like.
            throw new UnreadableSecretException(e.getClass().getSimpleName());
        }
    }

    /** Internal: turned into a {@link SecretUnreadableError} by the store, which knows which setting it was. */
    static final class UnreadableSecretException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String reason) {
            super(reason);
        }
    }
}
