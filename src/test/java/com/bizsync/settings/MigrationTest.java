package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema comes from the Flyway migrations, on a new or empty file, exactly once. */
class MigrationTest {
    @TempDir
    Path home;

    @Test
    void anEmptyFileIsMigratedOnceAndReopenedWithoutChange() throws SQLException, java.io.IOException {
        Files.createFile(home.resolve("settings.db"));
        SqliteSettingsStore.open(home).close();
        assertEquals(List.of("1:true", "2:true", "4:true", "5:true", "6:true", "7:true"), history());
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.markWizardStep("portal", true);
        }
        SqliteSettingsStore.open(home).close();
        assertEquals(List.of("1:true", "2:true", "4:true", "5:true", "6:true", "7:true"), history(), "reopening applies nothing again");
        List<String> tables = strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name <> 'flyway_schema_history' ORDER BY name");
        assertEquals(List.of("alert_mail", "alert_state", "company", "company_view", "console", "database_login", "family", "family_member", "family_view",
                "journal", "mobile_user", "portal", "proxy", "revenue_prefix", "runner", "schedule", "user_grant", "wizard_step"),
                tables);
        assertEquals(List.of("wal"), strings("PRAGMA journal_mode"), "WAL is a property of the file");
    }

    @Test
    void theJournalFiltersUseIndexes() throws SQLException {
        SqliteSettingsStore.open(home).close();
        String plan = String.join(" ", strings("EXPLAIN QUERY PLAN SELECT * FROM journal WHERE company = 'A'"
                + " ORDER BY time_ms DESC"));
        assertTrue(plan.contains("journal_company_time"), plan);
        plan = String.join(" ", strings("EXPLAIN QUERY PLAN SELECT * FROM journal WHERE status = 'ERROR'"
                + " ORDER BY time_ms DESC"));
        assertTrue(plan.contains("journal_status_time"), plan);
    }

    @Test
    void aFileThatIsNotSettingsGivesAClearSentence() throws java.io.IOException {
        Messages.setLocale(Locale.FRENCH);
        Files.writeString(home.resolve("settings.db"), "this is not an SQLite database, just text ".repeat(200));
        UserError error = assertThrows(UserError.class, () -> SqliteSettingsStore.open(home));
        assertEquals("settings.open.failed", error.key());
        assertTrue(error.getMessage().startsWith("Le fichier de paramètres " + home.resolve("settings.db")
                + " n’a pas pu être ouvert"), error.getMessage());
    }

    @Test
    void aFileFromANewerBizSyncIsRefusedUntouched() throws SQLException {
        Messages.setLocale(Locale.FRENCH);
        SqliteSettingsStore.open(home).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("settings.db"))) {
            c.createStatement().executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, '', 0, 1)");
        }
        UserError error = assertThrows(UserError.class, () -> SqliteSettingsStore.open(home));
        assertEquals("Le fichier de paramètres " + home.resolve("settings.db") + " a été enregistré par une version plus "
                + "récente de BizSync : installez cette version (ou une plus récente) pour l’utiliser.", error.getMessage());
        assertEquals(List.of("1:true", "2:true", "4:true", "5:true", "6:true", "7:true", "99:true"), history(), "nothing applied, nothing removed");
    }

    @Test
    void theHomeFolderIsCreated() {
        Path nested = home.resolve("a/b/BizSync");
        SqliteSettingsStore.open(nested).close();
        assertTrue(Files.isRegularFile(nested.resolve("settings.db")));
    }

    private List<String> history() throws SQLException {
        return strings("SELECT version || ':' || CASE success WHEN 1 THEN 'true' ELSE 'false' END"
                + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("settings.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
