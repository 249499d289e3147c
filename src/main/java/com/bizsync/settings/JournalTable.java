package com.bizsync.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The publication journal (FUNCTIONAL.md §6): one row per operation, read newest first. */
final class JournalTable {

    /** Times are kept to the millisecond; the returned entry carries exactly what was stored. */
    JournalEntry append(Connection c, JournalEntry entry) throws SQLException {
        if (entry.status() == null || entry.operation() == null) {
            throw new IllegalArgumentException("journal entry without status or operation");
        }
        Instant time = Instant.ofEpochMilli((entry.time() != null ? entry.time() : Instant.now()).toEpochMilli());
        String company = entry.company() == null ? "" : entry.company();
        String message = entry.message() == null ? "" : entry.message();
        Duration duration = Duration.ofMillis(entry.duration() == null ? 0 : entry.duration().toMillis());
        long id = Sql.one(c, "INSERT INTO journal (time_ms, status, company, operation, message, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1),
                time.toEpochMilli(), entry.status().name(), company, entry.operation().name(), message,
                duration.toMillis()).orElseThrow();
        return new JournalEntry(id, time, entry.status(), company, entry.operation(), message, duration);
    }

    /** {@code from} is inclusive, {@code to} exclusive; null members match everything. */
    List<JournalEntry> read(Connection c, SettingsStore.JournalFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT id, time_ms, status, company, operation, message, duration_ms FROM journal WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.company() != null) {
            sql.append(" AND company = ?");
            params.add(filter.company());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            params.add(filter.status().name());
        }
        if (filter.from() != null) {
            sql.append(" AND time_ms >= ?");
            params.add(filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" AND time_ms < ?");
            params.add(filter.to().toEpochMilli());
        }
        sql.append(" ORDER BY time_ms DESC, id DESC LIMIT ?");
        params.add(filter.limit() > 0 ? filter.limit() : Integer.MAX_VALUE);
        return Sql.list(c, sql.toString(), rs -> new JournalEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                JournalEntry.Status.valueOf(rs.getString(3)), rs.getString(4),
                JournalEntry.Operation.valueOf(rs.getString(5)), rs.getString(6), Duration.ofMillis(rs.getLong(7))),
                params.toArray());
    }
}
