package com.bizsync.settings;

import com.bizsync.settings.SecretCipher.UnreadableSecretException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The alert mail settings (one row, password encrypted) and the alert state of each code. */
final class AlertTables {
    static final String MAIL_PASSWORD = "alerts.password";

    private final SecretCipher cipher;

    AlertTables(SecretCipher cipher) {
        this.cipher = cipher;
    }

    AlertSettings settings(Connection c) throws SQLException {
        record Stored(AlertSettings withoutPassword, String secret) { }
        Stored stored = Sql.one(c, "SELECT smtp_host, smtp_port, security, login, password_secret, sender, recipients,"
                        + " failure_threshold FROM alert_mail WHERE id = 1",
                rs -> new Stored(new AlertSettings(rs.getString("smtp_host"), Sql.nullableInt(rs, "smtp_port"),
                        AlertSettings.Security.valueOf(rs.getString("security")), rs.getString("login"), "",
                        rs.getString("sender"), AlertSettings.parseRecipients(rs.getString("recipients")),
                        rs.getInt("failure_threshold")), rs.getString("password_secret")))
                .orElse(new Stored(AlertSettings.DEFAULTS, null));
        AlertSettings a = stored.withoutPassword();
        try {
            return new AlertSettings(a.smtpHost(), a.smtpPort(), a.security(), a.login(),
                    cipher.open(stored.secret(), MAIL_PASSWORD), a.sender(), a.recipients(), a.failureThreshold());
        } catch (UnreadableSecretException e) {
            throw new SecretUnreadableError("settings.secret.unreadable.alerts", a);
        }
    }

    void saveSettings(Connection c, AlertSettings a) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO alert_mail (id, smtp_host, smtp_port, security, login, password_secret,"
                        + " sender, recipients, failure_threshold) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                orEmpty(a.smtpHost()).trim(), a.smtpPort(), a.security().name(), orEmpty(a.login()),
                cipher.seal(a.password(), MAIL_PASSWORD), orEmpty(a.sender()).trim(),
                String.join("\n", a.recipients()), a.failureThreshold());
    }

    List<AlertState> states(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM alert_state ORDER BY code", AlertTables::state);
    }

    AlertState state(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT * FROM alert_state WHERE code = ?", AlertTables::state, code)
                .orElse(AlertState.initial(code));
    }

    void saveState(Connection c, AlertState s) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO alert_state (code, consecutive_failures, failing_since_ms, last_error,"
                        + " last_success_ms, incident_since_ms, incident_cause, incident_mail_sent, recovered_at_ms,"
                        + " recovered_since_ms, mail_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.code(), s.consecutiveFailures(), millis(s.failingSince()), s.lastError(), millis(s.lastSuccess()),
                millis(s.incidentSince()), s.incidentCause() == null ? null : s.incidentCause().name(),
                s.incidentMailSent() ? 1 : 0, millis(s.recoveredAt()), millis(s.recoveredSince()),
                millis(s.mailAttempt()));
    }

    void deleteState(Connection c, String code) throws SQLException {
        Sql.update(c, "DELETE FROM alert_state WHERE code = ?", code);
    }

    private static AlertState state(ResultSet rs) throws SQLException {
        String cause = rs.getString("incident_cause");
        return new AlertState(rs.getString("code"), rs.getInt("consecutive_failures"), instant(rs, "failing_since_ms"),
                rs.getString("last_error"), instant(rs, "last_success_ms"), instant(rs, "incident_since_ms"),
                cause == null ? null : AlertState.Cause.valueOf(cause), rs.getInt("incident_mail_sent") != 0,
                instant(rs, "recovered_at_ms"), instant(rs, "recovered_since_ms"), instant(rs, "mail_attempt_ms"));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
