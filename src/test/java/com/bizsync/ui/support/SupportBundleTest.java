package com.bizsync.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The support bundle holds logs, journal and settings, and not one secret. */
class SupportBundleTest {
    private static final String PORTAL_PASSWORD = "P0rtal-Secret-Alpha";
    private static final String DATABASE_PASSWORD = "Db-Secret-Bravo-é";
    private static final String PROXY_PASSWORD = "Pr0xy-Secret-Charlie";
    private static final String USER_PASSWORD = "Mobile-Secret-Delta";

    @TempDir
    Path home;

    @BeforeEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static Map<String, String> unzip(Path zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                entries.put(entry.getName(), content.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void bundlesLogsJournalAndSettingsWithoutAnySecret() throws Exception {
        String hash;
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.savePortal(new PortalSettings("https://plateforme.example.fr", "ACME", PORTAL_PASSWORD));
            store.saveDatabaseLogin(new DatabaseLogin("SAGESRV", "SAGE100", null, DatabaseLogin.Authentication.SQL,
                    "", "sa", DATABASE_PASSWORD));
            store.saveProxy(new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", 3128, "bob", PROXY_PASSWORD));
            store.saveCompany(new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM",
                    Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION)));
            store.saveUser(new MobileUser("jdupont", "Jean Dupont", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))),
                    USER_PASSWORD);
            hash = store.user("jdupont").orElseThrow().passwordHash();
            store.appendJournal(new JournalEntry(0, Instant.now(), JournalEntry.Status.ERROR, "BIJOU",
                    JournalEntry.Operation.PUBLISH, "La plateforme ne répond pas.", Duration.ofMillis(300)));
            Path logs = Files.createDirectories(home.resolve("logs"));
            Files.writeString(logs.resolve("bizsync.log"), "2026-11-22 INFO Settings opened\n");
            Files.writeString(Files.createDirectories(logs.resolve("old")).resolve("bizsync.2026-11-21.0.log"), "older\n");

            Path zip = home.resolve("support.zip");
            SupportBundle.write(store, home, zip);

            Map<String, String> entries = unzip(zip);
            assertEquals(Set.of("system.txt", "settings.json", "journal-publication.csv", "logs/bizsync.log",
                    "logs/old/bizsync.2026-11-21.0.log"), entries.keySet());
            assertEquals("2026-11-22 INFO Settings opened\n", entries.get("logs/bizsync.log"));
            assertTrue(entries.get("journal-publication.csv").contains(";Erreur;BIJOU;Publication;La plateforme ne répond pas.;0,3"));

            JsonNode settings = new ObjectMapper().readTree(entries.get("settings.json"));
            assertEquals("ACME", settings.path("portal").path("customerCode").asText());
            assertEquals("stored", settings.path("portal").path("password").asText());
            assertEquals("stored", settings.path("databaseLogin").path("password").asText());
            assertEquals("stored", settings.path("proxy").path("password").asText());
            assertEquals("sa", settings.path("databaseLogin").path("user").asText());
            assertEquals("bob", settings.path("proxy").path("user").asText());
            assertEquals("BIJOU", settings.path("companies").get(0).path("code").asText());
            assertEquals("jdupont", settings.path("users").get(0).path("login").asText());
            assertTrue(settings.path("users").get(0).path("passwordHash").isMissingNode());

            assertTrue(hash.startsWith("$2"), "the store keeps a bcrypt hash");
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                for (String secret : List.of(PORTAL_PASSWORD, DATABASE_PASSWORD, PROXY_PASSWORD, USER_PASSWORD, hash)) {
                    assertFalse(entry.getValue().contains(secret), entry.getKey() + " holds a secret");
                }
                assertFalse(entry.getValue().matches("(?s).*\\$2[aby]\\$\\d\\d\\$.*"), entry.getKey() + " holds a bcrypt hash");
            }
            // The encrypted settings file and its key stay out of the bundle.
            assertFalse(entries.keySet().stream().anyMatch(n -> n.endsWith(".db") || n.endsWith(".key")));
        }
    }
}
