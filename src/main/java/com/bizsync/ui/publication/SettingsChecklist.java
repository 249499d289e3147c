package com.bizsync.ui.publication;

import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.SettingsStore;
import java.util.List;

/** Computes page 1 of the publication wizard from the saved settings. */
public final class SettingsChecklist {
    private SettingsChecklist() {
    }

    public static List<ChecklistItem> of(SettingsStore store) {
        List<Company> companies = store.companies();
        return List.of(
                new ChecklistItem(ChecklistItem.Setting.PORTAL, portalFilled(store.portal())),
                new ChecklistItem(ChecklistItem.Setting.COMPANIES, !companies.isEmpty()),
                new ChecklistItem(ChecklistItem.Setting.DATABASE_LOGIN,
                        loginFilled(store.databaseLogin()) || !Company.serverLoginNeeded(companies)),
                new ChecklistItem(ChecklistItem.Setting.USERS, !store.users().isEmpty()),
                new ChecklistItem(ChecklistItem.Setting.SCHEDULE,
                        store.schedule() != null && store.schedule().frequency() != Schedule.Frequency.NONE));
    }

    private static boolean portalFilled(PortalSettings portal) {
        return portal != null && filled(portal.platformUrl()) && filled(portal.customerCode()) && filled(portal.password());
    }

    private static boolean loginFilled(DatabaseLogin login) {
        return login != null && filled(login.host()) && filled(login.user());
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
