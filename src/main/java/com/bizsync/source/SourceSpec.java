package com.bizsync.source;

import com.bizsync.i18n.UserError;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How to reach one company database: a JDBC URL (jTDS for SQL Server, sqlite-jdbc for the
 * demo files) and the credentials it needs. The password never appears in {@link #toString()}.
 */
public record SourceSpec(String url, String user, String password) {

    static final String SQLITE_PREFIX = "jdbc:sqlite:";
    static final String JTDS_PREFIX = "jdbc:jtds:sqlserver://";

    public SourceSpec {
        if (url == null || url.isBlank()) {
            throw new UserError("source.emptyReference");
        }
        url = url.trim();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** A JDBC URL ({@code jdbc:sqlite:…}, {@code jdbc:jtds:sqlserver://…}) or a SQLite file path. */
    public static SourceSpec of(String jdbcUrlOrSqlitePath, String user, String password) {
        if (jdbcUrlOrSqlitePath == null || jdbcUrlOrSqlitePath.isBlank()) {
            throw new UserError("source.emptyReference");
        }
        String ref = jdbcUrlOrSqlitePath.trim();
        if (ref.regionMatches(true, 0, "jdbc:", 0, 5)) {
            if (!isSqlite(ref) && !isJtds(ref)) {
                throw new UserError("source.badUrl", ref);
            }
            return new SourceSpec(ref, user, password);
        }
        return new SourceSpec(SQLITE_PREFIX + ref, user, password);
    }

    /**
     * A company database reference as stored in the settings: a JDBC URL, a SQLite file path, or
     * the name of a catalog on the SQL Server described by {@code login}.
     */
    public static SourceSpec forDatabase(ServerLogin login, String databaseRef) {
        if (databaseRef == null || databaseRef.isBlank()) {
            throw new UserError("source.emptyReference");
        }
        String ref = databaseRef.trim();
        if (ref.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return login == null ? of(ref, null, null) : of(ref, login.user(), login.password());
        }
        if (looksLikeFile(ref)) {
            return of(ref, null, null);
        }
        return serverSpec(login, ref);
    }

    /**
     * Whether opening this settings reference needs the SQL Server login: false for SQLite files
     * (the demo) and {@code jdbc:sqlite:} URLs, true for catalog names and SQL Server URLs.
     */
    public static boolean needsServerLogin(String databaseRef) {
        String ref = databaseRef == null ? "" : databaseRef.trim();
        if (ref.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return !isSqlite(ref);
        }
        return !ref.isEmpty() && !looksLikeFile(ref);
    }

    /** The server of the login itself, through its {@code master} database (every SQL Server has it). */
    public static SourceSpec forServer(ServerLogin login) {
        return serverSpec(login, "master");
    }

    private static SourceSpec serverSpec(ServerLogin login, String catalog) {
        if (login == null) {
            throw new UserError("source.noHost", catalog);
        }
        return new SourceSpec(jtdsUrl(login, catalog), login.user(), login.password());
    }

    static boolean looksLikeFile(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return ref.contains("/") || ref.contains("\\") || lower.endsWith(".db")
                || lower.endsWith(".sqlite") || lower.endsWith(".sqlite3");
    }

    private static String jtdsUrl(ServerLogin login, String catalog) {
        String host = login.host() == null ? "" : login.host().trim();
        if (host.isEmpty()) {
            throw new UserError("source.noHost", catalog);
        }
        if (!catalog.matches("[^;/\\\\:]+")) {
            throw new UserError("source.badCatalog", catalog);
        }
        StringBuilder url = new StringBuilder(JTDS_PREFIX).append(host);
        if (login.port() != null) {
            url.append(':').append(login.port());
        }
        url.append('/').append(catalog);
        String instance = login.instance() == null ? "" : login.instance().trim();
        if (!instance.isEmpty() && login.port() == null) {
            url.append(";instance=").append(instance);
        }
        if (login.windowsAuthentication()) {
            String domain = login.domain() == null ? "" : login.domain().trim();
            if (domain.isEmpty()) {
                throw new UserError("source.noDomain");
            }
            url.append(";domain=").append(domain);
        }
        return url.toString();
    }

    static boolean isSqlite(String url) {
        return url.regionMatches(true, 0, SQLITE_PREFIX, 0, SQLITE_PREFIX.length());
    }

    static boolean isJtds(String url) {
        return url.regionMatches(true, 0, JTDS_PREFIX, 0, JTDS_PREFIX.length());
    }

    public boolean isSqlite() {
        return isSqlite(url);
    }

    /** The SQLite file this spec reads, if it is a SQLite spec. */
    public Optional<Path> sqliteFile() {
        if (!isSqlite()) {
            return Optional.empty();
        }
        String rest = url.substring(SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring(5);
        }
        return Optional.of(Path.of(rest));
    }

    /** What to show to a user: the URL without any inline secret. */
    public String displayName() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "SourceSpec[url=" + displayName() + ", user=" + user + ", password=***]";
    }
}
