package com.bizsync.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The one-row heartbeat of the background runner. */
final class RunnerTable {

    Optional<RunnerStatus> status(Connection c) throws SQLException {
        return Sql.one(c, "SELECT started_at, last_seen, stopped_at, pid, host, version, checked_until, last_run_at,"
                        + " last_run_ok, last_run_note, next_run FROM runner WHERE id = 1",
                rs -> new RunnerStatus(instant(rs.getString(1)), instant(rs.getString(2)), instant(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), rs.getString(6), instant(rs.getString(7)),
                        instant(rs.getString(8)), ok(Sql.nullableInt(rs, "last_run_ok")), rs.getString(10),
                        instant(rs.getString(11))));
    }

    void save(Connection c, RunnerStatus s) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO runner (id, started_at, last_seen, stopped_at, pid, host, version,"
                        + " checked_until, last_run_at, last_run_ok, last_run_note, next_run)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                text(s.startedAt()), text(s.lastSeen()), text(s.stoppedAt()), s.pid(), s.host(), s.version(),
                text(s.checkedUntil()), text(s.lastRunAt()), s.lastRunOk() == null ? null : (s.lastRunOk() ? 1 : 0),
                s.lastRunNote(), text(s.nextRun()));
    }

    private static Boolean ok(Integer value) {
        return value == null ? null : value != 0;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
