package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.testing.DemoWorld;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo puts in the settings, and that running it again keeps what is there. */
class DemoSetupTest {
    @TempDir
    Path tmp;

    @Test
    void theDemoSettingsHaveEveryCompanyAFamilyAndTwoUsersWithDifferentGrants() {
        try (DemoWorld world = DemoWorld.create(tmp)) {
            SqliteSettingsStore store = world.store;
            assertEquals(world.companies.size(), store.companies().size());
            store.companies().forEach(c -> assertEquals(EnumSet.allOf(ViewId.class), c.views(), c.code()));
            var family = store.families().get(0);
            assertEquals(DemoSetup.FAMILY, family.code());
            assertEquals(List.of("BIJOU", "ORFEV"), family.companyCodes(), "the two companies on a calendar year");
            var direction = store.user(DemoSetup.DIRECTION).orElseThrow();
            assertEquals(world.companies.size() + 1, direction.grants().size());
            var commercial = store.user(DemoSetup.COMMERCIAL).orElseThrow();
            assertEquals(1, commercial.grants().size());
            assertEquals(EnumSet.copyOf(ViewId.ofDomain(ViewId.Domain.COMMERCIAL)),
                    commercial.grants().get(world.code(0)));
        }
    }

    @Test
    void runningTheDemoAgainKeepsTheSettingsAndFollowsThePlatformPort() {
        try (DemoWorld world = DemoWorld.create(tmp)) {
            SqliteSettingsStore store = world.store;
            store.deleteUser(DemoSetup.COMMERCIAL);
            DemoSetup.Logins logins = DemoSetup.fillSettings(store, "http://127.0.0.1:9999", world.companies);
            assertEquals("http://127.0.0.1:9999", store.portal().platformUrl());
            assertTrue(store.user(DemoSetup.COMMERCIAL).isEmpty(), "an administrator's change is kept");
            assertEquals(List.of(DemoSetup.DIRECTION), logins.list().stream().map(DemoSetup.Login::login).toList());

            store.savePortal(new PortalSettings("https://plateforme.example.com", "ACME", "secret"));
            DemoSetup.fillSettings(store, "http://127.0.0.1:8080", world.companies);
            assertEquals("https://plateforme.example.com", store.portal().platformUrl(),
                    "another customer's portal settings are never replaced by the demo");
        }
    }
}
