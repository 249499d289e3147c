package com.bizsync.testing;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.settings.Company;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.SettingsStore;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The settings of an installation already set up, so that the console opens (not the wizard):
 * a portal (no platform behind it), the system proxy, the demo company BIJOU as a small SQLite
 * file under target/, and one mobile user.
 */
public final class ConfiguredSettings {
    public static final PortalSettings PORTAL = new PortalSettings("https://bizsync.example", "ACME", "portal-pass");
    public static final String COMPANY = "BIJOU";
    public static final String COMPANY_NAME = "Bijoux Lumière SARL";

    private ConfiguredSettings() {
    }

    /** A small demo Sage company file, written (replaced) under target/{@code folder}/. */
    public static Path demoFile(String folder, String fileName) {
        return DemoDatabaseGenerator.writeCompany(Path.of("target", folder, fileName), 200, 400).file()
                .toAbsolutePath();
    }

    /** Fills the store: portal, system proxy, BIJOU reading {@code demoFile}, the user "direction". */
    public static void fill(SettingsStore store, Path demoFile) {
        store.savePortal(PORTAL);
        store.saveProxy(ProxySettings.SYSTEM);
        store.saveCompany(new Company(COMPANY, COMPANY_NAME, demoFile.toString(), demoFile.toString(),
                EnumSet.allOf(ViewId.class)));
        store.saveUser(new MobileUser("direction", "Direction", "", Map.of(COMPANY, Set.of(ViewId.SALES_REVENUE))),
                "direction-pass");
    }
}
