package com.bizsync.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under resources/i18n, French and English: the same keys in both, patterns that
 * format, apostrophes written the way {@link Messages} shows them once, and no English word left
 * in a French sentence. The command line's usage bundle (cli) is picocli's, not MessageFormat.
 */
class BundleConventionsTest {
    private static final Path BUNDLES = Path.of("resources/i18n");
    /** Words that are English only: seen in a French sentence, it was left untranslated. */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "and", "of", "to", "with", "from", "is", "are",
            "not", "cannot", "bundle", "log", "logs", "settings", "please", "click", "save", "saved", "failed",
            "error", "user", "users", "company", "companies", "password", "publish", "published", "folder", "file",
            "files", "delete", "deleted", "open", "check", "data", "send", "sent");
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿ]+");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    record Message(String bundle, String key, String text) {
    }

    private static List<String> areas() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.endsWith("_en.properties")).map(n -> n.substring(0, n.length() - ".properties".length()))
                    .filter(area -> !area.equals("cli")).sorted().toList();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Message> messages(String suffix) throws IOException {
        List<Message> all = new ArrayList<>();
        for (String area : areas()) {
            Properties bundle = load(area + suffix + ".properties");
            bundle.stringPropertyNames().forEach(key -> all.add(new Message(area + suffix, key, bundle.getProperty(key))));
        }
        return all;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        List<String> differences = new ArrayList<>();
        for (String area : areas().stream().toList()) {
            Set<String> french = new TreeSet<>(load(area + ".properties").stringPropertyNames());
            Set<String> english = new TreeSet<>(load(area + "_en.properties").stringPropertyNames());
            if (!french.equals(english)) {
                differences.add(area + ": " + french + " vs " + english);
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void patternsFormatAndApostrophesShowOnce() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Message> all = new ArrayList<>(messages(""));
        all.addAll(messages("_en"));
        for (Message m : all) {
            if (ARGUMENT.matcher(m.text()).find()) {
                try {
                    new MessageFormat(m.text(), Locale.FRENCH);
                } catch (IllegalArgumentException e) {
                    wrong.add(m + ": " + e.getMessage());
                }
                // In a pattern a lone ' starts quoted text and vanishes: an apostrophe is ''.
                if (m.text().replace("''", "").contains("'")) {
                    wrong.add(m + ": lone apostrophe in a message with arguments");
                }
            } else if (m.text().contains("''")) {
                wrong.add(m + ": a message without arguments is shown as written, '' would show twice");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void frenchSentencesHaveNoEnglishWord() throws IOException {
        List<String> english = new ArrayList<>();
        for (Message m : messages("")) {
            // Addresses, options, file and environment variable names are names, not English words.
            String words = m.text().replaceAll("\\{[^}]*}", " ").replaceAll(
                    "https?://\\S+|jdbc:\\S+|--\\S+|\\S+\\.(db|zip|csv)|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b", " ");
            Matcher w = WORD.matcher(words);
            while (w.find()) {
                if (ENGLISH_ONLY.contains(w.group().toLowerCase(Locale.ROOT))) {
                    english.add(m.key() + ": " + w.group() + " in « " + m.text() + " »");
                }
            }
        }
        assertEquals(List.of(), english);
    }
}
