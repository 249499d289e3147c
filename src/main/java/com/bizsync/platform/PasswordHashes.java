package com.bizsync.platform;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** bcrypt for customer passwords (made here) and mobile users' hashes (made by the console). */
public final class PasswordHashes {
    private static final int COST = 12;
    /** bcrypt reads at most 72 bytes: longer passwords are cut the same way on both sides. */
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A);
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    /** Verified against when the account does not exist, so timing does not reveal which. */
    private static final String DUMMY = hasher().hashToString(COST, "bizsync-dummy".toCharArray());

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        return hasher().hashToString(COST, password);
    }

    private static BCrypt.Hasher hasher() {
        return BCrypt.with(BCrypt.Version.VERSION_2A, LONG);
    }

    public static boolean looksLikeBcrypt(String hash) {
        return hash != null && BCRYPT.matcher(hash).matches();
    }

    /** Constant-work check: a null or malformed hash still costs one bcrypt round, then fails. */
    public static boolean verify(String password, String hash) {
        boolean usable = looksLikeBcrypt(hash);
        byte[] stored = (usable ? hash : DUMMY).getBytes(StandardCharsets.UTF_8);
        boolean verified = BCrypt.verifyer(null, LONG)
                .verify(password.getBytes(StandardCharsets.UTF_8), stored).verified;
        return usable && verified;
    }
}
