package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's language is kept in settings.db: French or English only, and a V1 file gains it without loss. */
class LanguageSettingTest {
    @TempDir
    Path home;

    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @Test
    void theLanguageIsEmptyUntilChosenThenSurvivesReopening() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(Optional.empty(), store.language(), "never chosen: the console follows the system");
            store.saveLanguage(Locale.ENGLISH);
            assertEquals(Optional.of(Locale.ENGLISH), store.language());
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(Optional.of(Locale.ENGLISH), store.language());
            store.saveLanguage(Locale.CANADA_FRENCH);
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(Optional.of(Locale.FRENCH), store.language(), "only the language is kept, not the country");
        }
    }

    @Test
    void anotherLanguageIsRefusedWithASentenceInBothLanguagesAndNothingStored() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.saveLanguage(Locale.ENGLISH);
            Messages.setLocale(Locale.FRENCH);
            UserError french = assertThrows(UserError.class, () -> store.saveLanguage(Locale.GERMAN));
            assertEquals("La langue « de » n’est pas proposée : choisissez le français ou l’anglais.",
                    french.getMessage());
            Messages.setLocale(Locale.ENGLISH);
            UserError english = assertThrows(UserError.class, () -> store.saveLanguage(Locale.forLanguageTag("es-ES")));
            assertEquals("The language “es-ES” is not offered: choose French or English.", english.getMessage());
            assertThrows(UserError.class, () -> store.saveLanguage(null));
            assertEquals(Optional.of(Locale.ENGLISH), store.language(), "the earlier choice is untouched");
        }
    }

    @Test
    void aVersion1FileIsMigratedWithItsSettingsKept() throws SQLException {
        // A file as the first release left it: schema V1 only, with settings in it.
        Flyway.configure(getClass().getClassLoader())
                .dataSource(url(), "", "")
                .locations("classpath:db/settings")
                .target("1")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url())) {
            c.createStatement().executeUpdate("INSERT INTO company (code, name, accounting_database, commercial_database)"
                    + " VALUES ('BIJOU', 'Bijoux du Sud', 'BIJOU_MAE', 'BIJOU_GCM')");
            c.createStatement().executeUpdate("INSERT INTO company_view (company_code, view_id) VALUES ('BIJOU', '"
                    + ViewId.SALES_REVENUE.id() + "')");
            c.createStatement().executeUpdate("INSERT INTO wizard_step (step) VALUES ('portal')");
        }
        assertEquals(List.of("1"), strings("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"));

        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(List.of(new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM",
                    Set.of(ViewId.SALES_REVENUE))), store.companies());
            assertEquals(Set.of("portal"), store.completedWizardSteps());
            assertEquals(Optional.empty(), store.language());
            store.saveLanguage(Locale.ENGLISH);
        }
        assertEquals(List.of("1", "2", "4", "5", "6", "7"), strings("SELECT version FROM flyway_schema_history WHERE version IS NOT"
                + " NULL ORDER BY installed_rank"));
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(Optional.of(Locale.ENGLISH), store.language());
            assertEquals(1, store.companies().size());
        }
    }

    private String url() {
        return "jdbc:sqlite:" + home.resolve(SqliteSettingsStore.FILE_NAME);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url()); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
