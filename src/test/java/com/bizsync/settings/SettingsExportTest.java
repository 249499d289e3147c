package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The support bundle's settings file says what support needs: every setting but the secrets. */
class SettingsExportTest {
    @TempDir
    Path home;

    @Test
    void everySettingIsExportedAndPasswordsOnlyAsTheirState() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", "pw-portal"));
            store.saveProxy(new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", 3128, "", ""));
            store.saveSchedule(new Schedule(Schedule.Frequency.WEEKLY, DayOfWeek.FRIDAY, 2, LocalTime.of(6, 0), 6));
            store.saveRevenuePrefixes(List.of("707", "706"));
            store.saveCompany(new Company("BIJOU", "Bijoux", "MAE", "GCM", Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION)));
            store.saveCompany(new Company("AUTO", "Auto", "MAE2", "", Set.of()));
            store.saveFamily(new Family("GROUPE", "Groupe", List.of("BIJOU", "AUTO"), Set.of()));
            store.saveUser(new MobileUser("jean", "Jean", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))), "secret1");
            store.markWizardStep("portal", true);
            SettingsExport.write(store, home.resolve("export.json"));
        }
        JsonNode json = new ObjectMapper().readTree(Files.readString(home.resolve("export.json")));
        assertEquals("bizsync-settings", json.get("format").asText());
        assertEquals("ACME", json.at("/portal/customerCode").asText());
        assertEquals("stored", json.at("/portal/password").asText());
        assertEquals("none", json.at("/databaseLogin/password").asText());
        assertEquals("none", json.at("/proxy/password").asText());
        assertEquals(3128, json.at("/proxy/port").asInt());
        assertEquals("WEEKLY", json.at("/schedule/frequency").asText());
        assertEquals("FRIDAY", json.at("/schedule/weekDay").asText());
        assertEquals("06:00", json.at("/schedule/firstRun").asText());
        assertEquals("[\"707\",\"706\"]", json.get("revenuePrefixes").toString(), "order kept");
        assertEquals("[\"cash_position\",\"sales_revenue\"]", json.at("/companies/1/views").toString());
        assertEquals("AUTO", json.at("/companies/0/code").asText());
        assertEquals("[\"BIJOU\",\"AUTO\"]", json.at("/families/0/companies").toString());
        assertEquals("{\"login\":\"jean\",\"name\":\"Jean\",\"grants\":{\"BIJOU\":[\"sales_revenue\"]}}",
                json.at("/users/0").toString(), "no hash field at all");
        assertEquals("[\"portal\"]", json.get("wizardStepsCompleted").toString());
    }

    @Test
    void passwordsThisMachineCannotDecryptAreReportedUnreadable() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", "pw-portal"));
        }
        Files.delete(home.resolve("secret.key"));
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            JsonNode json = SettingsExport.toJson(store);
            assertEquals("unreadable", json.at("/portal/password").asText());
            assertEquals("https://bizsync.example.fr", json.at("/portal/platformUrl").asText());
        }
    }
}
