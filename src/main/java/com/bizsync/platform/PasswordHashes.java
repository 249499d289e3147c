package com.bizsync.platform;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.util.regex.Pattern;

/** bcrypt for customer passwords (made here) and mobile users' hashes (made by the console). */
public final class PasswordHashes {
    /** The cost of customer passwords made by {@code platform customer add / passwd}. */
    static final int COST = 12;
    /**
     * The cost BizSync installations hash mobile users' passwords with: refused sign-ins of unknown
     * logins are checked against a dummy of this cost, so they take as long as wrong passwords.
     */
    public static final int MOBILE_COST = 11;
    /** bcrypt reads at most 72 bytes: longer passwords are cut the same way on both sides. */
    static final LongPasswordStrategy LONG = LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A);
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        return hash(password, COST);
    }

    static String hash(char[] password, int cost) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, LONG).hashToString(cost, password);
    }

    public static boolean looksLikeBcrypt(String hash) {
        return hash != null && BCRYPT.matcher(hash).matches();
    }

    /** The cost written in a hash that {@link #looksLikeBcrypt} accepted ({@code $2a$11$…} → 11). */
    static int cost(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }
}
