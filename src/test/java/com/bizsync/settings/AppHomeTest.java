package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which folder holds the settings: explicit, the installation's machine-wide one, or the user's own. */
class AppHomeTest {
    private static Path home(Map<String, String> properties, Map<String, String> environment, Set<Path> folders,
                             boolean demo) {
        return AppHome.resolve(properties::get, environment::get, folders::contains, demo);
    }

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/marie");
    private static final Map<String, String> WINDOWS = Map.of("os.name", "Windows Server 2022",
            "user.home", "C:\\Users\\marie");

    @Test
    void anInstalledLinuxMachineSharesVarLibBizsync() {
        assertEquals(Path.of("/var/lib/bizsync"), home(LINUX, Map.of(), Set.of(Path.of("/var/lib/bizsync")), false));
    }

    @Test
    void withoutInstallationTheUsersOwnFolder() {
        assertEquals(Path.of("/home/marie/.local/share/bizsync"), home(LINUX, Map.of(), Set.of(), false));
    }

    @Test
    void theDemoNeverTakesTheInstallationsFolder() {
        assertEquals(Path.of("/home/marie/.local/share/bizsync"),
                home(LINUX, Map.of(), Set.of(Path.of("/var/lib/bizsync")), true));
    }

    @Test
    void anExplicitFolderWinsOverEverything() {
        Map<String, String> props = new java.util.HashMap<>(LINUX);
        props.put("bizsync.home", "/srv/bizsync-test");
        assertEquals(Path.of("/srv/bizsync-test"), home(props, Map.of("BIZSYNC_HOME", "/other"),
                Set.of(Path.of("/var/lib/bizsync")), false));
        assertEquals(Path.of("/other"), home(LINUX, Map.of("BIZSYNC_HOME", "/other"), Set.of(Path.of("/var/lib/bizsync")),
                true));
    }

    @Test
    void anInstalledWindowsServerSharesProgramData() {
        Map<String, String> env = Map.of("ProgramData", "C:\\ProgramData", "APPDATA", "C:\\Users\\marie\\AppData\\Roaming");
        assertEquals(Path.of("C:\\ProgramData", "BizSync"), home(WINDOWS, env, Set.of(Path.of("C:\\ProgramData", "BizSync")),
                false));
        assertEquals(Path.of("C:\\Users\\marie\\AppData\\Roaming", "BizSync"), home(WINDOWS, env, Set.of(), false));
    }
}
