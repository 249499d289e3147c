package com.bizsync.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The .msi is built on Windows only (jpackage does not cross-build): what can be checked here is
 * the configuration the build script hands to jpackage ({@code build-installer.sh --print-args
 * windows}) and the WiX override it points to. Each check is something an administrator would
 * see on the installed machine.
 */
class WindowsInstallerConfigurationTest {
    private static List<String> args;

    @BeforeAll
    static void printArgs() throws Exception {
        Process process = new ProcessBuilder("bash", "installer/build-installer.sh", "--print-args", "windows")
                .redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script answers within a minute");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        args = text.lines().toList();
    }

    /** The value after {@code option}, which must appear exactly once. */
    private static String value(String option) {
        assertEquals(1, args.stream().filter(option::equals).count(), option + " once in " + args);
        return args.get(args.indexOf(option) + 1);
    }

    private static List<String> values(String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(option)) {
                values.add(args.get(i + 1));
            }
        }
        return values;
    }

    @Test
    void anMsiNamedAfterThePomVersionThatReplacesTheInstalledOne() {
        assertEquals("msi", value("--type"));
        assertEquals("BizSync", value("--name"));
        assertEquals(System.getProperty("bizsync.pomVersion"), value("--app-version"));
        // Pinned: a new upgrade code would install a second BizSync beside the first.
        assertEquals("b0aab842-fcb3-4117-9433-45b1ff0ed516", value("--win-upgrade-uuid"));
        // Per machine: the runner and the administrators share %ProgramData%\BizSync.
        assertFalse(args.contains("--win-per-user-install"), "per-machine installation");
        assertEquals("BizSync", value("--install-dir"));
    }

    @Test
    void aConsoleModeCommandAndAGuiLauncherInTheBizSyncMenuGroup() throws IOException {
        assertTrue(args.contains("--win-console"), "BizSync.exe prints in the terminal and returns its exit code");
        assertTrue(args.contains("--win-menu"));
        assertEquals("BizSync", value("--win-menu-group"));
        String launcher = value("--add-launcher");
        assertEquals("BizSync Console", launcher.substring(0, launcher.indexOf('=')));
        Properties gui = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(launcher.substring(launcher.indexOf('=') + 1)))) {
            gui.load(in);
        }
        assertEquals("false", gui.getProperty("win-console"), "no terminal window behind the console");
        assertEquals("console", gui.getProperty("arguments"));
        // A launcher's own JVM options replace the main one's (jpackage 17): all are repeated,
        // with the quick compiler for a fast first window.
        List<String> guiOptions = List.of(gui.getProperty("java-options").split(" "));
        assertTrue(guiOptions.containsAll(values("--java-options")), guiOptions.toString());
        assertTrue(guiOptions.contains("-XX:TieredStopAtLevel=1"), guiOptions.toString());
    }

    @Test
    void theIconIsAnIcoFileAndTheLicenceIsShown() throws IOException {
        Path icon = Path.of(value("--icon"));
        assertEquals("bizsync.ico", icon.getFileName().toString());
        byte[] header = Arrays.copyOf(Files.readAllBytes(icon), 4);
        assertArrayEquals(new byte[] {0, 0, 1, 0}, header, "an ICO file (reserved 0, type 1)");
        String licence = Files.readString(Path.of(value("--license-file")));
        assertTrue(licence.contains("BizSync est un logiciel propriétaire"), licence);
    }

    @Test
    void sqlitesNativeLibraryIsShippedAndLoadedFromTheApplicationFolder() throws Exception {
        List<String> javaOptions = values("--java-options");
        assertTrue(javaOptions.contains("-Dorg.sqlite.lib.path=$APPDIR/native"), javaOptions.toString());
        assertTrue(javaOptions.contains("-Dorg.sqlite.lib.name=sqlitejdbc.dll"), javaOptions.toString());
        // The build extracts it from the sqlite-jdbc jar of the build: it must be there.
        Path sqliteJar = Path.of(org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile jar = new JarFile(sqliteJar.toFile())) {
            assertTrue(jar.getEntry("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll") != null, sqliteJar.toString());
        }
        // The same options as the Linux launcher's: ControlsFX's access to JavaFX internals.
        assertTrue(javaOptions.contains("--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"), javaOptions.toString());
    }

    @Test
    void theWixOverridePutsTheCommandOnThePathAndRegistersTheRunnerAsSystem() throws Exception {
        Path resources = Path.of(value("--resource-dir"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document wxs = factory.newDocumentBuilder().parse(resources.resolve("main.wxs").toFile());

        Element path = single(wxs, "Environment");
        assertEquals("PATH", path.getAttribute("Name"));
        assertEquals("[INSTALLDIR]", path.getAttribute("Value"));
        assertEquals("yes", path.getAttribute("System"));
        assertEquals("last", path.getAttribute("Part"));
        assertTrue(componentRefs(wxs).contains(((Element) path.getParentNode()).getAttribute("Id")),
                "the PATH component belongs to the installed feature");

        Element register = byId(wxs, "CustomAction", "BizSyncRegisterScheduler");
        assertEquals("deferred", register.getAttribute("Execute"));
        assertEquals("no", register.getAttribute("Impersonate"), "runs as SYSTEM");
        assertTrue(register.getAttribute("ExeCommand").contains("[INSTALLDIR]app\\register-scheduler.ps1"));
        Element unregister = byId(wxs, "CustomAction", "BizSyncUnregisterScheduler");
        assertTrue(unregister.getAttribute("ExeCommand").endsWith("-Uninstall"));
        assertEquals("NOT REMOVE~=\"ALL\"", byAction(wxs, "BizSyncRegisterScheduler").getTextContent().strip());
        assertEquals("REMOVE~=\"ALL\" AND NOT UPGRADINGPRODUCTCODE",
                byAction(wxs, "BizSyncUnregisterScheduler").getTextContent().strip(), "an upgrade keeps the task");

        // The script the action runs: a task at start-up, as SYSTEM, on the machine-wide home, no time limit.
        String script = Files.readString(Path.of("installer/windows/register-scheduler.ps1"));
        for (String part : List.of("New-ScheduledTaskTrigger -AtStartup", "-UserId 'S-1-5-18'",
                "Join-Path $env:ProgramData 'BizSync'", "-Argument \"--home `\"$dataHome`\" scheduler\"",
                "-ExecutionTimeLimit ([TimeSpan]::Zero)", "'*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F'")) {
            assertTrue(script.contains(part), part);
        }
    }

    private static Element single(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        assertEquals(1, nodes.getLength(), tag);
        return (Element) nodes.item(0);
    }

    private static Element byId(Document doc, String tag, String id) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (id.equals(((Element) nodes.item(i)).getAttribute("Id"))) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static Element byAction(Document doc, String action) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "Custom");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (action.equals(((Element) nodes.item(i)).getAttribute("Action"))) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no Custom action " + action + " in the sequence");
    }

    private static List<String> componentRefs(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "ComponentRef");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("Id"));
        }
        return ids;
    }
}
