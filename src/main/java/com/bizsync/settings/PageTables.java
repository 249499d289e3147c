package com.bizsync.settings;

import com.bizsync.settings.SecretCipher.UnreadableSecretException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one-row settings pages (portal, database login, proxy, schedule, console language), revenue prefixes and wizard steps. */
final class PageTables {
    static final String PORTAL_PASSWORD = "portal.password";
    static final String DATABASE_PASSWORD = "database.password";
    static final String PROXY_PASSWORD = "proxy.password";

    private final SecretCipher cipher;

    PageTables(SecretCipher cipher) {
        this.cipher = cipher;
    }

    PortalSettings portal(Connection c) throws SQLException {
        record Stored(PortalSettings withoutPassword, String secret) { }
        Stored stored = Sql.one(c, "SELECT platform_url, customer_code, password_secret FROM portal WHERE id = 1",
                rs -> new Stored(new PortalSettings(rs.getString(1), rs.getString(2), ""), rs.getString(3)))
                .orElse(new Stored(PortalSettings.EMPTY, null));
        PortalSettings p = stored.withoutPassword();
        try {
            return new PortalSettings(p.platformUrl(), p.customerCode(), cipher.open(stored.secret(), PORTAL_PASSWORD));
        } catch (UnreadableSecretException e) {
            throw new SecretUnreadableError("settings.secret.unreadable.portal", p);
        }
    }

    void savePortal(Connection c, PortalSettings p) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO portal (id, platform_url, customer_code, password_secret) VALUES (1, ?, ?, ?)",
                p.platformUrl().trim(), p.customerCode(), cipher.seal(p.password(), PORTAL_PASSWORD));
    }

    DatabaseLogin databaseLogin(Connection c) throws SQLException {
        record Stored(DatabaseLogin withoutPassword, String secret) { }
        Stored stored = Sql.one(c, "SELECT host, instance, port, authentication, domain, user_name, password_secret"
                        + " FROM database_login WHERE id = 1",
                rs -> new Stored(new DatabaseLogin(rs.getString("host"), rs.getString("instance"),
                        Sql.nullableInt(rs, "port"), DatabaseLogin.Authentication.valueOf(rs.getString("authentication")),
                        rs.getString("domain"), rs.getString("user_name"), ""), rs.getString("password_secret")))
                .orElse(new Stored(DatabaseLogin.EMPTY, null));
        DatabaseLogin l = stored.withoutPassword();
        try {
            return new DatabaseLogin(l.host(), l.instance(), l.port(), l.authentication(), l.domain(), l.user(),
                    cipher.open(stored.secret(), DATABASE_PASSWORD));
        } catch (UnreadableSecretException e) {
            throw new SecretUnreadableError("settings.secret.unreadable.database", l);
        }
    }

    void saveDatabaseLogin(Connection c, DatabaseLogin l) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO database_login (id, host, instance, port, authentication, domain,"
                        + " user_name, password_secret) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                l.host().trim(), orEmpty(l.instance()), l.port(), l.authentication().name(), orEmpty(l.domain()),
                l.user(), cipher.seal(l.password(), DATABASE_PASSWORD));
    }

    ProxySettings proxy(Connection c) throws SQLException {
        record Stored(ProxySettings withoutPassword, String secret) { }
        Stored stored = Sql.one(c, "SELECT mode, host, port, user_name, password_secret FROM proxy WHERE id = 1",
                rs -> new Stored(new ProxySettings(ProxySettings.Mode.valueOf(rs.getString("mode")), rs.getString("host"),
                        Sql.nullableInt(rs, "port"), rs.getString("user_name"), ""), rs.getString("password_secret")))
                .orElse(new Stored(ProxySettings.SYSTEM, null));
        ProxySettings p = stored.withoutPassword();
        try {
            return new ProxySettings(p.mode(), p.host(), p.port(), p.user(), cipher.open(stored.secret(), PROXY_PASSWORD));
        } catch (UnreadableSecretException e) {
            throw new SecretUnreadableError("settings.secret.unreadable.proxy", p);
        }
    }

    void saveProxy(Connection c, ProxySettings p) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO proxy (id, mode, host, port, user_name, password_secret)"
                        + " VALUES (1, ?, ?, ?, ?, ?)",
                p.mode().name(), orEmpty(p.host()).trim(), p.port(), orEmpty(p.user()),
                cipher.seal(p.password(), PROXY_PASSWORD));
    }

    Schedule schedule(Connection c) throws SQLException {
        return Sql.one(c, "SELECT frequency, week_day, times_per_day, first_run, interval_hours FROM schedule WHERE id = 1",
                rs -> new Schedule(Schedule.Frequency.valueOf(rs.getString(1)), DayOfWeek.valueOf(rs.getString(2)),
                        rs.getInt(3), LocalTime.parse(rs.getString(4)), rs.getInt(5)))
                .orElse(Schedule.NONE);
    }

    /** Fields a frequency does not use may be null (the console hides them): stored as the defaults. */
    void saveSchedule(Connection c, Schedule s) throws SQLException {
        DayOfWeek day = s.weekDay() != null ? s.weekDay() : Schedule.NONE.weekDay();
        LocalTime first = s.firstRun() != null ? s.firstRun() : Schedule.NONE.firstRun();
        Sql.update(c, "INSERT OR REPLACE INTO schedule (id, frequency, week_day, times_per_day, first_run, interval_hours)"
                        + " VALUES (1, ?, ?, ?, ?, ?)",
                s.frequency().name(), day.name(), s.timesPerDay(), first.toString(), s.intervalHours());
    }

    Optional<Locale> language(Connection c) throws SQLException {
        return Sql.one(c, "SELECT language FROM console WHERE id = 1", rs -> Locale.forLanguageTag(rs.getString(1)));
    }

    void saveLanguage(Connection c, Locale language) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO console (id, language) VALUES (1, ?)", language.getLanguage());
    }

    /** Never saved yet: class 70, the French chart of accounts' sales. */
    List<String> revenuePrefixes(Connection c) throws SQLException {
        List<String> prefixes = Sql.list(c, "SELECT prefix FROM revenue_prefix ORDER BY position", rs -> rs.getString(1));
        return prefixes.isEmpty() ? List.of("70") : prefixes;
    }

    void saveRevenuePrefixes(Connection c, List<String> prefixes) throws SQLException {
        Sql.update(c, "DELETE FROM revenue_prefix");
        for (int i = 0; i < prefixes.size(); i++) {
            Sql.update(c, "INSERT INTO revenue_prefix (position, prefix) VALUES (?, ?)", i, prefixes.get(i));
        }
    }

    Set<String> completedWizardSteps(Connection c) throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT step FROM wizard_step", rs -> rs.getString(1)));
    }

    void markWizardStep(Connection c, String step, boolean completed) throws SQLException {
        Sql.update(c, completed ? "INSERT OR IGNORE INTO wizard_step (step) VALUES (?)"
                : "DELETE FROM wizard_step WHERE step = ?", step);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
