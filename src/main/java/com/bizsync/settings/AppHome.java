package com.bizsync.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder holding the settings database, the key file and the logs: the OS-standard
 * application data folder, or {@code BIZSYNC_HOME} (environment) / {@code bizsync.home}
 * (system property, set by the {@code --home} option) when given.
 */
public final class AppHome {
    private AppHome() {
    }

    public static Path resolve() {
        String explicit = System.getProperty("bizsync.home");
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv("BIZSYNC_HOME");
        }
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : userHome, "BizSync");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "BizSync");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".local", "share").toString(), "bizsync");
    }

    /** Lets logback place the log files under the same folder. */
    public static final class LogFolderDefiner extends ch.qos.logback.core.PropertyDefinerBase {
        @Override
        public String getPropertyValue() {
            return resolve().resolve("logs").toString();
        }
    }
}
