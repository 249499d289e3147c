package com.bizsync.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' console start-up (installer/console-cds.sh, used by ./bizsync and
 * /usr/bin/bizsync): the class-data archive recorded by a run is kept only when that run showed
 * the console's window. An archive from a run that stopped before (here {@code console --help})
 * lacks the window's classes, and every later start would pay for them (2.2–2.5 s instead of 1.5 s).
 * The console runs as a real child process on this build (as a jar: the JVM archives no folders),
 * its window shown by the headless Monocle toolkit.
 */
class ConsoleArchiveTest {
    @TempDir
    static Path tmp;
    private static Path jar;
    private static String classPath;

    @BeforeAll
    static void buildJar() throws IOException {
        jar = tmp.resolve("bizsync.jar");
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            // Folders too, as Maven's jar has them: Flyway finds its migrations by their folder.
            for (Path file : files.filter(path -> !path.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        // This build's libraries, Monocle included (from the test class path), after the application jar.
        classPath = Stream.concat(Stream.of(jar.toString()),
                        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                                .filter(entry -> entry.endsWith(".jar")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private record Run(int exit, String output) {
    }

    /** {@code bizsync_console ARCHIVE JAR java … com.bizsync.cli.Main --home HOME console ARGS}. */
    private static Run console(Path archive, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Duser.language=fr", "-cp", classPath, "com.bizsync.cli.Main",
                "--home", tmp.resolve("home").toString(), "console"));
        java.addAll(List.of(args));
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                ". installer/console-cds.sh && bizsync_console \"$@\"", "bizsync",
                archive.toString(), jar.toString()));
        command.addAll(java);
        Path log = Files.createTempFile(tmp, "console", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the console run did not end within 120 s: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    @Test
    void aRunThatShowedNoWindowLeavesNoArchive() throws Exception {
        Path archive = tmp.resolve("short").resolve("console.jsa");

        Run help = console(archive, "--help");

        assertEquals(0, help.exit(), help.output());
        assertTrue(help.output().contains("--exit-after-shown"), help.output());
        assertFalse(Files.exists(archive), "no archive from a run without a window");
        try (Stream<Path> left = Files.list(archive.getParent())) {
            assertEquals(List.of(), left.toList(), "no draft left behind");
        }
    }

    @Test
    void theArchiveOfARunThatShowedTheWindowIsKeptAndUsed() throws Exception {
        Path archive = tmp.resolve("shown").resolve("console.jsa");

        Run first = console(archive, "--exit-after-shown");

        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("first window shown"), first.output());
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the classes up to the window");
        long recorded = Files.getLastModifiedTime(archive).toMillis();

        Run second = console(archive, "--exit-after-shown");

        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("first window shown"), second.output());
        assertEquals(recorded, Files.getLastModifiedTime(archive).toMillis(), "used, not recorded again");
    }
}
