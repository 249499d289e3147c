package com.bizsync.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** A storage operation failed for a technical reason (disk, lock timeout, corrupt file). */
public final class StorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** PostgreSQL SQLSTATE classes and codes that mean "the database cannot do it now", not a bug. */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> OUTAGE_STATES = Set.of(
            "25006", // read_only_sql_transaction (default_transaction_read_only, a standby)
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "58030"); // io_error
    /** SQLite primary result codes of the same kind: busy, locked, read-only, I/O error, full. */
    private static final Set<Integer> SQLITE_OUTAGES = Set.of(5, 6, 8, 10, 13);

    public StorageFailure(String what, Throwable cause) {
        super(what, cause);
    }

    /**
     * Whether the database is unavailable (down, restarting, read-only, full, busy): the request
     * may succeed later unchanged, so the platform answers 503 rather than 500.
     */
    public boolean unavailable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && outage(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection to the database server broke (server restarted, stopped, network cut). */
    public boolean connectionLost() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outage(SQLException e) {
        String state = e.getSQLState();
        if (e.getClass().getName().equals("org.sqlite.SQLiteException")) {
            return SQLITE_OUTAGES.contains(e.getErrorCode() & 0xff);
        }
        return state != null && state.length() == 5
                && (OUTAGE_STATES.contains(state) || OUTAGE_CLASSES.contains(state.substring(0, 2)));
    }
}
