package com.bizsync.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The folder holding the settings database, the key file, the locks and the logs. In order:
 * <ol>
 *   <li>{@code bizsync.home} (system property, set by the {@code --home} option), then
 *       {@code BIZSYNC_HOME} (environment);</li>
 *   <li>the installation's machine-wide folder, when the installer made it
 *       ({@code %ProgramData%\BizSync} on Windows, {@code /var/lib/bizsync} on Linux,
 *       {@code /Library/Application Support/BizSync} on macOS): the console of an administrator
 *       and the background runner then share one set of settings and secrets;</li>
 *   <li>the user's own data folder, for the demo and for development.</li>
 * </ol>
 * The demo never takes the machine-wide folder: it would replace an installation's settings.
 */
public final class AppHome {
    private AppHome() {
    }

    public static Path resolve() {
        return resolve(System::getProperty, System::getenv, Files::isDirectory, false);
    }

    /** For {@code bizsync demo}: an explicit folder, else the user's own, never the installation's. */
    public static Path resolveForDemo() {
        return resolve(System::getProperty, System::getenv, Files::isDirectory, true);
    }

    /**
     * The rule itself, with the system's properties, environment and file system passed in.
     *
     * @param exists tells whether a folder exists (the installer creates the machine-wide one)
     */
    static Path resolve(UnaryOperator<String> properties, UnaryOperator<String> environment, Predicate<Path> exists,
                        boolean demo) {
        String explicit = properties.apply("bizsync.home");
        if (explicit == null || explicit.isBlank()) {
            explicit = environment.apply("BIZSYNC_HOME");
        }
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (!demo) {
            Optional<Path> installed = installationHome(os, environment).filter(exists);
            if (installed.isPresent()) {
                return installed.get();
            }
        }
        return userHome(os, properties, environment);
    }

    /** Where the installers keep the settings of the whole machine. */
    static Optional<Path> installationHome(String os, UnaryOperator<String> environment) {
        if (os.contains("win")) {
            String programData = environment.apply("ProgramData");
            return programData == null || programData.isBlank() ? Optional.empty()
                    : Optional.of(Path.of(programData, "BizSync"));
        }
        if (os.contains("mac")) {
            return Optional.of(Path.of("/Library", "Application Support", "BizSync"));
        }
        return Optional.of(Path.of("/var", "lib", "bizsync"));
    }

    private static Path userHome(String os, UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String userHome = properties.apply("user.home");
        if (os.contains("win")) {
            String appData = environment.apply("APPDATA");
            return Path.of(appData != null ? appData : userHome, "BizSync");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "BizSync");
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".local", "share").toString(), "bizsync");
    }

    /** Where the log files go: the {@code logs} folder of the same home. */
    public static Path logFolder() {
        return resolve().resolve("logs");
    }
}
