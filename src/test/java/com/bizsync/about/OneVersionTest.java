package com.bizsync.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.cli.Main;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.testing.LocalPlatform;
import com.bizsync.ui.support.SupportBundle;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version is the POM's, in every place a user or support reads it. The expected value is the
 * POM's {@code <version>}, handed over by Surefire ({@code bizsync.pomVersion}): the claim is
 * "the same as the POM", whatever number the POM holds. The console's « À propos » box is checked
 * in {@code AboutDialogTest}, the jar manifest and the package name by {@code installer/test-deb.sh}.
 */
class OneVersionTest {
    @TempDir
    Path tmp;

    private static String pomVersion() {
        String version = System.getProperty("bizsync.pomVersion");
        assertTrue(version != null && version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                "Surefire passes the POM's version: " + version);
        return version;
    }

    @Test
    void theCommandLinePrintsThePomVersion() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run("--version"));
        } finally {
            System.setOut(saved);
        }
        assertEquals("BizSync " + pomVersion(), out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void thePlatformsHealthAnswerGivesThePomVersion() throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(tmp.resolve("platform"), "ACME", "acme-password")) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(platform.url() + "/api/v1/health"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals(pomVersion(), new ObjectMapper().readTree(health.body()).get("version").asText());
        }
    }

    @Test
    void theSupportBundleNamesThePomVersionFirst() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path zip = tmp.resolve("support.zip");
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            SupportBundle.write(store, home, zip);
        }
        String system = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(SupportBundle.SYSTEM_ENTRY)) {
                    system = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(system != null, "the bundle has " + SupportBundle.SYSTEM_ENTRY);
        assertEquals("BizSync " + pomVersion(), system.lines().findFirst().orElseThrow());
    }
}
