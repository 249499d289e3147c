package com.bizsync.source;

import com.bizsync.i18n.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Opens company databases for reading only. SQL Server through jTDS, read uncommitted so that
 * Sage users are never blocked; SQLite demo files opened read-only, never created.
 */
public final class SourceConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SourceConnector.class);

    /** Seconds to reach SQL Server and log in; the user hears about an unreachable host quickly. */
    static final int LOGIN_TIMEOUT_SECONDS = 10;
    /** Seconds a single read may block on the network before we give up. */
    static final int SOCKET_TIMEOUT_SECONDS = 900;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SourceConnector() {
    }

    public static Connection open(SourceSpec spec) {
        return spec.isSqlite() ? openSqlite(spec) : openSqlServer(spec);
    }

    private static Connection openSqlite(SourceSpec spec) {
        Path file = spec.sqliteFile().orElseThrow();
        if (!Files.isRegularFile(file)) {
            throw new UserError("source.fileMissing", file.toString());
        }
        if (!hasSqliteHeader(file)) {
            throw new UserError("source.notSqlite", file.toString());
        }
        SQLiteConfig config = new SQLiteConfig();
        // Read-only also means sqlite never creates the file if it disappeared meanwhile.
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        // Reads jump between lines and their headers: a larger page cache and memory-mapped reads
        // (safe, nothing is written) spare a system call per page.
        config.setCacheSize(-65_536);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(512L * 1024 * 1024));
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            LOG.warn("Cannot open SQLite file {}", file, e);
            throw new UserError(e, "source.notSqlite", file.toString());
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            throw new UserError(e, "source.fileUnreadable", file.toString());
        }
    }

    private static Connection openSqlServer(SourceSpec spec) {
        String url = withDefaults(spec.url());
        Properties props = new Properties();
        if (!spec.user().isEmpty()) {
            props.setProperty("user", spec.user());
            props.setProperty("password", spec.password());
        }
        Connection connection;
        try {
            Class.forName("net.sourceforge.jtds.jdbc.Driver");
            connection = DriverManager.getConnection(url, props);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("jTDS driver missing from the class path", e);
        } catch (SQLException e) {
            LOG.warn("Cannot connect to {} as {}", spec.displayName(), spec.user(), e);
            throw translate(e, spec);
        }
        try {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            LOG.warn("Cannot prepare the connection to {}", spec.displayName(), e);
            throw translate(e, spec);
        }
    }

    /** Adds our jTDS properties unless the URL already sets them. */
    static String withDefaults(String url) {
        StringBuilder sb = new StringBuilder(url);
        appendIfAbsent(sb, "sendStringParametersAsUnicode", "false");
        appendIfAbsent(sb, "loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        appendIfAbsent(sb, "socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        appendIfAbsent(sb, "appName", "BizSync");
        return sb.toString();
    }

    private static void appendIfAbsent(StringBuilder url, String name, String value) {
        if (!url.toString().toLowerCase(Locale.ROOT).contains(";" + name.toLowerCase(Locale.ROOT) + "=")) {
            url.append(';').append(name).append('=').append(value);
        }
    }

    /** One sentence per failure a user can fix; the driver's detail goes to the log. */
    static UserError translate(SQLException e, SourceSpec spec) {
        String target = spec.displayName();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        int code = e.getErrorCode();
        // First: SQL Server's 4060 sentence ends with "The login failed." and comes with an 18456.
        if (code == 4060 || message.contains("cannot open database")) {
            return new UserError(e, "source.unknownDatabase", target);
        }
        if (code == 18456 || message.contains("login failed")) {
            return new UserError(e, "source.wrongPassword", spec.user(), target);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || message.contains("unknown server host")
                || message.contains("network error") || message.contains("timed out")) {
            return new UserError(e, "source.unreachable", target);
        }
        return new UserError(e, "source.connectFailed", target);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing after failure", e);
        }
    }
}
