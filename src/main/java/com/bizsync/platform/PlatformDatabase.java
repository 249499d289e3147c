package com.bizsync.platform;

import java.util.Objects;

/**
 * A PostgreSQL database for the platform's storage: its JDBC URL (user included, e.g.
 * {@code jdbc:postgresql://db:5432/bizsync?user=bizsync}) and the password, which comes from an
 * environment variable and is never printed.
 */
public record PlatformDatabase(String url, char[] password) {
    public static final String URL_PREFIX = "jdbc:postgresql:";

    public PlatformDatabase {
        Objects.requireNonNull(url, "url");
        password = password == null ? null : password.clone();
    }

    /** @return whether the URL names a database this version can store the platform in */
    public static boolean supported(String url) {
        return url != null && url.startsWith(URL_PREFIX);
    }

    @Override
    public char[] password() {
        return password == null ? null : password.clone();
    }

    /** The URL without its parameters, safe to log (an operator may have put a password there). */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "PlatformDatabase[" + safeUrl() + "]";
    }
}
