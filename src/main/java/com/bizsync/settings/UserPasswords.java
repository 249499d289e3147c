package com.bizsync.settings;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Mobile users' passwords become bcrypt hashes ({@code $2a$}, the form the platform verifies,
 * platform-api.md) the moment they are saved; the clear password is never stored.
 */
public final class UserPasswords {
    /**
     * Cost 11: about 0.3 s per hash on a small server, acceptable when an administrator saves a
     * user. The platform's PasswordHashes.MOBILE_COST must be the same (its dummy hash imitates
     * this cost; PlatformPasswordHashLimitsTest checks it), and within the platform's range.
     */
    static final int COST = 11;

    private UserPasswords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }
}
