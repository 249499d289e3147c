package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bizsync demo --no-console} run as a real process: it tells the newcomer everything needed
 * to sign in as the publisher and where the demo platform keeps its data, and that folder is the
 * one the "platform customer" commands then reach with --data.
 */
class DemoCommandTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theDemoPrintsThePublisherAccountAndItsPlatformDataFolder() throws Exception {
        Process demo = java("demo", "--no-console");
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.contains("Ctrl-C")) {
                    break;
                }
            }
        } finally {
            demo.destroy();
            assertTrue(demo.waitFor(1, TimeUnit.MINUTES), "the demo stops on SIGTERM");
        }
        Path data = home.resolve("demo").resolve("platform");
        assertTrue(lines.contains("Compte client sur la plateforme : code « DEMO », mot de passe « demo-bizsync »"),
                String.join("\n", lines));
        assertTrue(lines.contains("Données de la plateforme : " + data + " (les commandes « bizsync platform customer »"
                + " s'y appliquent avec --data \"" + data + "\")"), String.join("\n", lines));
        assertEquals("La plateforme de démonstration reste disponible ; Ctrl-C pour l'arrêter.",
                lines.get(lines.size() - 1));

        Process list = java("platform", "customer", "list", "--data", data.toString());
        CompletableFuture<String> listed = CompletableFuture.supplyAsync(() -> read(list));
        assertTrue(list.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, list.exitValue());
        assertEquals("DEMO\tDémo BizSync", listed.get(1, TimeUnit.MINUTES).strip());
    }

    private Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.bizsync.cli.Main", "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("BIZSYNC_LANG", "fr");
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static String read(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
