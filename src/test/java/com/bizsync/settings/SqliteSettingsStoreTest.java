package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything saved comes back identical after closing and reopening the real SQLite file. */
class SqliteSettingsStoreTest {
    @TempDir
    Path home;

    @BeforeEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Locale.FRENCH);
    }

    static Company bijou() {
        return new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM",
                Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION, ViewId.TOP5_ITEMS_MONTH));
    }

    static Company garage() {
        return new Company("GARAGE2", "Garage du Centre", "", "/data/garage.gcm.sqlite",
                Set.of(ViewId.SALES_REVENUE, ViewId.ORDERS_MONTH));
    }

    @Test
    void aNewFileHasTheDocumentedDefaults() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(PortalSettings.EMPTY, store.portal());
            assertEquals(DatabaseLogin.EMPTY, store.databaseLogin());
            assertEquals(ProxySettings.SYSTEM, store.proxy());
            assertEquals(Schedule.NONE, store.schedule());
            assertEquals(List.of("70"), store.revenuePrefixes());
            assertTrue(store.companies().isEmpty());
            assertTrue(store.families().isEmpty());
            assertTrue(store.users().isEmpty());
            assertTrue(store.completedWizardSteps().isEmpty());
            assertTrue(store.journal(SettingsStore.JournalFilter.ALL).isEmpty());
        }
        assertTrue(Files.isRegularFile(home.resolve("settings.db")));
        assertTrue(Files.isRegularFile(home.resolve("secret.key")));
    }

    @Test
    void everySettingSurvivesReopening() {
        PortalSettings portal = new PortalSettings("https://bizsync.example.fr", "ACME", "p0rtal-Secret!");
        DatabaseLogin login = new DatabaseLogin("SAGESRV", "SAGE100", 1433, DatabaseLogin.Authentication.WINDOWS,
                "COMPTA", "admin", "db-Secret-é");
        ProxySettings proxy = new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", 3128, "bob", "pr0xy-Secret");
        Schedule schedule = new Schedule(Schedule.Frequency.WEEKLY, DayOfWeek.THURSDAY, 3, LocalTime.of(6, 30), 4);
        Family family = new Family("GROUPE", "Groupe Sud", List.of("GARAGE2", "BIJOU"), Set.of(ViewId.SALES_REVENUE));
        MobileUser jean = new MobileUser("jdupont", "Jean Dupont", "",
                Map.of("BIJOU", Set.of(ViewId.CASH_POSITION, ViewId.SALES_REVENUE), "GROUPE", Set.of(ViewId.SALES_REVENUE)));
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.savePortal(portal);
            store.saveDatabaseLogin(login);
            store.saveProxy(proxy);
            store.saveSchedule(schedule);
            store.saveRevenuePrefixes(List.of("706", "707", "708"));
            store.saveCompany(bijou());
            store.saveCompany(garage());
            store.saveFamily(family);
            store.saveUser(jean, "motdepasse1");
            store.markWizardStep("portal", true);
            store.markWizardStep("database", true);
            store.markWizardStep("proxy", true);
            store.markWizardStep("proxy", false);
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(portal, store.portal());
            assertEquals(login, store.databaseLogin());
            assertEquals(proxy, store.proxy());
            assertEquals(schedule, store.schedule());
            assertEquals(List.of("706", "707", "708"), store.revenuePrefixes());
            assertEquals(List.of(bijou(), garage()), store.companies());
            assertEquals(garage(), store.company("GARAGE2").orElseThrow());
            assertTrue(store.company("NOPE").isEmpty());
            assertEquals(List.of(family), store.families());
            MobileUser stored = store.user("jdupont").orElseThrow();
            assertEquals(jean.grants(), stored.grants());
            assertEquals("Jean Dupont", stored.name());
            assertTrue(stored.passwordHash().startsWith("$2a$11$"), stored.passwordHash());
            assertTrue(UserPasswords.matches("motdepasse1", stored.passwordHash()));
            assertEquals(List.of(stored), store.users());
            assertEquals(Set.of("portal", "database"), store.completedWizardSteps());
        }
    }

    @Test
    void aCompanysExtractionOptionsSurviveReopeningAndANewCompanyHasTheDefaults() {
        ExtractionSettings options = new ExtractionSettings(List.of("706", "708"), List.of("512", "53"), 3, 2);
        Company withOptions = new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM",
                Set.of(ViewId.SALES_REVENUE), true, options);
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.saveCompany(withOptions);
            store.saveCompany(garage());
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(options, store.company("BIJOU").orElseThrow().extraction());
            assertEquals(ExtractionSettings.DEFAULTS, store.company("GARAGE2").orElseThrow().extraction());
            store.saveCompany(withOptions.withToExtract(false));
            assertEquals(options, store.company("BIJOU").orElseThrow().extraction(), "kept when « À extraire » changes");
            store.saveCompany(withOptions.withViews(Set.of(ViewId.CASH_POSITION)));
            assertEquals(options, store.company("BIJOU").orElseThrow().extraction(), "kept when the views change (wizard)");
        }
    }

    @Test
    void savingAUserWithoutNewPasswordKeepsTheHash() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.saveCompany(bijou());
            store.saveUser(new MobileUser("marie", "Marie", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))), "premier1");
            String firstHash = store.user("marie").orElseThrow().passwordHash();
            store.saveUser(new MobileUser("marie", "Marie Curie", "", Map.of("BIJOU", Set.of(ViewId.CASH_POSITION))), "");
            MobileUser kept = store.user("marie").orElseThrow();
            assertEquals(firstHash, kept.passwordHash());
            assertEquals("Marie Curie", kept.name());
            store.saveUser(kept, "second22");
            String secondHash = store.user("marie").orElseThrow().passwordHash();
            assertNotEquals(firstHash, secondHash);
            assertTrue(UserPasswords.matches("second22", secondHash));
            assertFalse(UserPasswords.matches("premier1", secondHash));
            store.deleteUser("marie");
            assertTrue(store.users().isEmpty());
        }
    }

    @Test
    void invalidSettingsAreRefusedAndNothingIsStored() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            UserError error = assertThrows(UserError.class,
                    () -> store.savePortal(new PortalSettings("ftp://x", "ACME", "secret")));
            assertTrue(error.getMessage().startsWith("L’adresse de la plateforme doit commencer par http://"),
                    error.getMessage());
            assertEquals(PortalSettings.EMPTY, store.portal());
            assertThrows(UserError.class, () -> store.saveUser(new MobileUser("new", "New", "", Map.of()), ""));
            assertTrue(store.users().isEmpty());
        }
    }
}
