package com.bizsync.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error sentences the administrator guides quote (the « message » column of their tables) are
 * the ones BizSync shows, word for word, with « … » where the product puts a name or a number: a
 * sentence reworded in a bundle must be reworded in the guide, or the reader searches the guide
 * for a message that no longer exists. A quoted sentence may stop after its first sentence(s).
 */
class GuideSentencesTest {
    private static final Path BUNDLES = Path.of("resources/i18n");
    /** Bundles that are not MessageFormat sentences shown to the administrator. */
    private static final List<String> NOT_SENTENCES = List.of("cli");
    private static final String ANY = "…";

    @ParameterizedTest
    @CsvSource({"docs/guide-administrateur.md, fr", "docs/admin-guide.md, en"})
    void everyQuotedMessageIsAMessageOfTheProduct(String guide, String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        List<String> messages = renderedMessages(locale);
        List<String> quoted = messageCells(Files.readAllLines(Path.of(guide), StandardCharsets.UTF_8));
        assertTrue(quoted.size() >= 20, "only " + quoted.size() + " messages found in the tables of " + guide);

        List<String> unknown = quoted.stream().filter(cell -> messages.stream().noneMatch(m -> quotes(cell, m)))
                .toList();

        assertEquals("", String.join("\n", unknown), "sentences of " + guide + " that BizSync does not show");
    }

    /** Whether the guide's cell is this message, or its beginning up to the end of a sentence. */
    static boolean quotes(String cell, String message) {
        String regex = Arrays.stream(normalized(cell).split(ANY, -1)).map(Pattern::quote)
                .collect(Collectors.joining(".+?"));
        Matcher m = Pattern.compile(regex).matcher(normalized(message));
        return m.lookingAt() && (m.end() == normalized(message).length() || cell.endsWith("."));
    }

    private static String normalized(String text) {
        return text.replace('’', '\'').replace('\u00a0', ' ').replace('\u202f', ' ').replace("`", "")
                .replaceAll("\\s+", " ").trim();
    }

    /** Every message of the product in that language, with « … » for each argument. */
    private static List<String> renderedMessages(Locale locale) throws IOException {
        Object[] anything = new Object[10];
        Arrays.fill(anything, ANY);
        List<String> rendered = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> isBundleOf(f, locale)).toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                for (String key : bundle.stringPropertyNames()) {
                    try {
                        rendered.add(Messages.get(locale, key, anything));
                    } catch (IllegalArgumentException numberOrChoiceArgument) {
                        // A pattern that needs a number ({0,choice,…}) is not a sentence the guides quote.
                    }
                }
            }
        }
        return rendered;
    }

    private static boolean isBundleOf(Path file, Locale locale) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".properties")) {
            return false;
        }
        String base = name.replace("_en.properties", "").replace(".properties", "");
        return !NOT_SENTENCES.contains(base) && name.endsWith("_en.properties") == "en".equals(locale.getLanguage());
    }

    /** The first cell of each row of the tables whose first column is headed « message ». */
    static List<String> messageCells(List<String> lines) {
        List<String> cells = new ArrayList<>();
        boolean inMessageTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("|")) {
                inMessageTable = false;
                continue;
            }
            String first = line.substring(1).split("\\|", -1)[0].trim();
            boolean header = i + 1 < lines.size() && lines.get(i + 1).trim().startsWith("|---");
            if (header) {
                inMessageTable = first.equalsIgnoreCase("message");
            } else if (inMessageTable && !line.startsWith("|---")) {
                cells.add(first);
            }
        }
        return cells;
    }
}
