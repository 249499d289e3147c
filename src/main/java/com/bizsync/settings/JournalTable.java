package com.bizsync.settings;

import com.bizsync.i18n.LegacySentences;
import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.SentenceJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publication journal (FUNCTIONAL.md §6): one row per operation, read newest first. A message
 * is stored as its key and arguments (V5) and also as the text it read when written, which older
 * versions show and which stands in when a key is unknown.
 */
final class JournalTable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalTable.class);
    /** message_key of a text kept as written; NULL marks a row written before V5. */
    private static final String AS_WRITTEN = "";

    /** Times are kept to the millisecond; the returned entry carries exactly what was stored. */
    JournalEntry append(Connection c, JournalEntry entry) throws SQLException {
        if (entry.status() == null || entry.operation() == null) {
            throw new IllegalArgumentException("journal entry without status or operation");
        }
        Instant time = Instant.ofEpochMilli((entry.time() != null ? entry.time() : Instant.now()).toEpochMilli());
        String company = entry.company() == null ? "" : entry.company();
        Sentence sentence = entry.sentence();
        String key = sentence.isLiteral() ? AS_WRITTEN : sentence.key();
        String args = sentence.isLiteral() ? null : SentenceJson.args(sentence);
        Duration duration = Duration.ofMillis(entry.duration() == null ? 0 : entry.duration().toMillis());
        long id = Sql.one(c, "INSERT INTO journal (time_ms, status, company, operation, message, duration_ms,"
                        + " message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1),
                time.toEpochMilli(), entry.status().name(), company, entry.operation().name(), entry.message(),
                duration.toMillis(), key, args).orElseThrow();
        return new JournalEntry(id, time, entry.status(), company, entry.operation(), sentence, duration);
    }

    /** {@code from} is inclusive, {@code to} exclusive; null members match everything. */
    List<JournalEntry> read(Connection c, SettingsStore.JournalFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, time_ms, status, company, operation, message, duration_ms,"
                + " message_key, message_args FROM journal WHERE 1 = 1");
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
                JournalEntry.Operation.valueOf(rs.getString(5)), sentence(rs), Duration.ofMillis(rs.getLong(7))),
                params.toArray());
    }

    private static Sentence sentence(ResultSet rs) throws SQLException {
        String text = rs.getString(6);
        String key = rs.getString(8);
        if (key == null) {
            return LegacySentences.recognize(text);
        }
        if (key.equals(AS_WRITTEN)) {
            return Sentence.literal(text);
        }
        try {
            return Sentence.stored(key, SentenceJson.args(rs.getString(9)), text);
        } catch (RuntimeException unreadable) {
            // A damaged row still shows what it said when written.
            LOG.warn("Journal row {} has unreadable message arguments; showing its stored text", rs.getLong(1),
                    unreadable);
            return Sentence.literal(text);
        }
    }
}
