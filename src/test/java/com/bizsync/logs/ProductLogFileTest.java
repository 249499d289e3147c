package com.bizsync.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log file of the product as installed: a real {@code bizsync} process with the product's
 * class path only (no test resources, so no logback-test.xml), whose failure must land in
 * {@code <home>/logs/bizsync.log}, one escaped line per message.
 */
class ProductLogFileTest {
    @TempDir
    Path home;

    @Test
    @Timeout(60)
    void aFailedCommandIsLoggedInTheHomeLogFolderOnOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String productClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.language=fr",
                "-cp", productClassPath, "com.bizsync.cli.Main", "--home", home.toString(),
                "extract", "--db", "jdbc:jtds:sqlserver://127.0.0.1:" + closedPort + "/SAGE",
                "--user", "ventes\nERROR forged line", "--as-of", "2026-11-22"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("output.txt").toFile()).start();
        assertTrue(process.waitFor(45, TimeUnit.SECONDS), "extract did not end");
        assertNotEquals(0, process.exitValue(), Files.readString(home.resolve("output.txt")));

        Path log = home.resolve("logs").resolve("bizsync.log");
        assertTrue(Files.isRegularFile(log), "no log file in " + home.resolve("logs"));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> warning = lines.stream().filter(line -> line.contains("Cannot connect to")).toList();
        assertEquals(1, warning.size(), String.join("\n", lines));
        String line = warning.get(0);
        // 2026-11-29 21:40:12,345 WARN  [main] com.bizsync.source.SourceConnector - Cannot connect to … as ventes\nERROR…
        assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} WARN  \\[main] "
                + "com\\.bizsync\\.source\\.SourceConnector - Cannot connect to .* as ventes\\\\nERROR forged line"), line);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("ERROR forged line")), String.join("\n", lines));
    }
}
