package com.bizsync.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Schedule;
import com.bizsync.ui.console.ConsoleFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's texts exist in French and English: every key the console's code names is in
 * both bundles, and both bundles have the same keys (no sentence left untranslated).
 */
class UiBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/com/bizsync/ui");
    private static final Set<String> OWN_PACKAGES = Set.of("common", "forms", "wizard", "console");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("resources/i18n", name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties bundle) {
        return bundle.stringPropertyNames().stream().map(k -> k.substring("ui.".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys(bundle("ui.properties")), keys(bundle("ui_en.properties")));
    }

    @Test
    void everyKeyTheConsoleNamesExists() throws IOException {
        Set<String> known = keys(bundle("ui.properties"));
        Set<String> areas = known.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (!OWN_PACKAGES.contains(pkg) && !file.getParent().equals(SOURCES)) {
                    continue;
                }
                String source = Files.readString(file);
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    String literal = m.group(1);
                    if (source.startsWith("Messages.get(", m.start() - "Messages.get(".length())) {
                        continue; // another area's bundle (common.unexpected)
                    }
                    if (areas.contains(literal.substring(0, literal.indexOf('.')))) {
                        named.add(literal);
                    }
                }
            }
        }
        for (ConsoleFolder folder : ConsoleFolder.values()) {
            named.add(folder.key());
        }
        for (Schedule.Frequency frequency : Schedule.Frequency.values()) {
            named.add("schedule.frequency." + frequency.name());
        }
        named.add("language.fr");
        named.add("language.en");
        assertTrue(named.size() > 150, "the scan found the console's keys: " + named.size());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(known);
        assertEquals(Set.of(), missing);
    }
}
