package com.bizsync.settings;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.platform.PasswordHashes;

/**
 * Mobile users' passwords become bcrypt hashes ({@code $2a$}, the form the platform verifies,
 * platform-api.md) the moment they are saved; the clear password is never stored.
 */
public final class UserPasswords {
    /**
     * The cost the platform expects (about 0.3 s per hash on a small server, acceptable when an
     * administrator saves a user); the platform refuses costs outside its range.
     */
    static final int COST = PasswordHashes.MOBILE_COST;

    private UserPasswords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }
}
