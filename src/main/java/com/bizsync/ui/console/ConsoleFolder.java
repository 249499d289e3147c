package com.bizsync.ui.console;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** The folders of the console tree, as in the original: BizSync > Paramètres (… Alertes), Sociétés, Familles, Utilisateurs, Journal. */
public enum ConsoleFolder {
    ROOT(null, "folder.root", MaterialDesignC.CLOUD_UPLOAD),
    SETTINGS(ROOT, "folder.settings", MaterialDesignC.COG),
    CONNECTION(SETTINGS, "folder.connection", MaterialDesignC.CONNECTION),
    PROXY(SETTINGS, "folder.proxy", MaterialDesignL.LAN),
    SCHEDULE(SETTINGS, "folder.schedule", MaterialDesignC.CALENDAR_CLOCK),
    ALERTS(SETTINGS, "folder.alerts", MaterialDesignB.BELL_ALERT),
    COMPANIES(ROOT, "folder.companies", MaterialDesignD.DOMAIN),
    FAMILIES(ROOT, "folder.families", MaterialDesignF.FOLDER_MULTIPLE),
    USERS(ROOT, "folder.users", MaterialDesignA.ACCOUNT_MULTIPLE),
    JOURNAL(ROOT, "folder.journal", MaterialDesignH.HISTORY);

    private final ConsoleFolder parent;
    private final String key;
    private final Ikon icon;

    ConsoleFolder(ConsoleFolder parent, String key, Ikon icon) {
        this.parent = parent;
        this.key = key;
        this.icon = icon;
    }

    public ConsoleFolder parent() {
        return parent;
    }

    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }

    /** Stable node id for tests: {@code folder-companies}. */
    public String nodeId() {
        return "folder-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
