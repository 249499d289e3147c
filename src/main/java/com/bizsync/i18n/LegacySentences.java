package com.bizsync.i18n;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence written as text by an older BizSync (journal rows from before message keys
 * were stored) back into its key and arguments, so it too reads in the current language. The
 * text is matched against every French and English message that can end up in the journal, and
 * against the wording older versions used for messages that changed since; arguments that are
 * sentences themselves are recognised the same way. A text nothing matches stays as written.
 */
public final class LegacySentences {
    /** The bundles whose messages the engine writes to the journal. */
    private static final List<String> AREAS = List.of("common", "engine", "publish", "source", "settings", "views");
    /** Wording of messages before their plural forms were written out (older journal rows hold these). */
    private static final Map<String, List<String>> OLDER_WORDING = Map.of(
            "engine.published", List.of("{0} vues publiées ({1} Ko envoyés).", "{0} views published ({1} KB sent)."),
            "engine.usersPublished", List.of("{0} utilisateurs mobiles envoyés à la plateforme.",
                    "{0} mobile users sent to the platform."));
    /** Fewer fixed characters than this and a pattern would match about anything. */
    private static final int MIN_LITERAL = 8;
    /** Sentences inside sentences inside sentences are as deep as the engine goes. */
    private static final int MAX_DEPTH = 2;
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How older versions wrote a fiscal year in a sentence: "2026-01-01 – 2026-12-31". */
    private static final Pattern ISO_PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) – (\\d{4}-\\d{2}-\\d{2})");
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Sentence> CACHE = new ConcurrentHashMap<>();

    private LegacySentences() {
    }

    /** The keyed sentence this text was written from, or the text as a literal sentence. */
    public static Sentence recognize(String text) {
        if (text == null || text.isEmpty()) {
            return Sentence.literal("");
        }
        Sentence known = CACHE.get(text);
        if (known != null) {
            return known;
        }
        Sentence found = match(text, 0).orElseGet(() -> Sentence.literal(text));
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, found);
        return found;
    }

    private static Optional<Sentence> match(String text, int depth) {
        Catalogue catalogue = Catalogue.INSTANCE;
        String exact = catalogue.exact.get(text);
        if (exact != null) {
            return Optional.of(Sentence.of(exact));
        }
        for (Candidate candidate : catalogue.candidates) {
            // The fixed ends first: most messages are ruled out without running their expression.
            if (!text.startsWith(candidate.prefix) || !text.endsWith(candidate.suffix)) {
                continue;
            }
            Matcher m = candidate.regex.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Optional<Object[]> args = candidate.arguments(m, depth);
            if (args.isPresent()) {
                return Optional.of(Sentence.of(candidate.key, args.get()));
            }
        }
        return Optional.empty();
    }

    /** One captured argument: a number where the message counts, a day, a sentence, a list of sentences, or text. */
    private static Object argument(String captured, boolean numeric, int depth) {
        if (numeric) {
            String digits = captured.replaceAll("[\\s\\u00A0\\u202F,.]", "");
            return digits.matches("\\d{1,15}") ? Long.parseLong(digits) : null;
        }
        if (ISO_DAY.matcher(captured).matches()) {
            return LocalDate.parse(captured);
        }
        Matcher period = ISO_PERIOD.matcher(captured);
        if (period.matches()) {
            return Sentence.of("common.period", LocalDate.parse(period.group(1)), LocalDate.parse(period.group(2)));
        }
        if (depth < MAX_DEPTH) {
            String[] parts = captured.split(", ");
            if (parts.length > 1) {
                List<Object> sentences = new ArrayList<>();
                for (String part : parts) {
                    match(part, depth + 1).ifPresent(sentences::add);
                }
                if (sentences.size() == parts.length) {
                    return sentences;
                }
            }
            Optional<Sentence> inner = match(captured, depth + 1);
            if (inner.isPresent()) {
                return inner.get();
            }
        }
        return captured;
    }

    /** A message pattern as a regular expression, with the argument each group captures. */
    private record Candidate(String key, Pattern regex, String prefix, String suffix, int[] groupArgument,
                             Set<Integer> numeric, int argCount, int literalLength) {
        Optional<Object[]> arguments(Matcher m, int depth) {
            Object[] args = new Object[argCount];
            java.util.Arrays.fill(args, "");
            for (int group = 0; group < groupArgument.length; group++) {
                int index = groupArgument[group];
                Object value = argument(m.group(group + 1), numeric.contains(index), depth);
                if (value == null) {
                    return Optional.empty();
                }
                args[index] = value;
            }
            return Optional.of(args);
        }
    }

    /** Every message that can be recognised, built once from the bundles. */
    private static final class Catalogue {
        static final Catalogue INSTANCE = new Catalogue();
        final Map<String, String> exact = new HashMap<>();
        final List<Candidate> candidates = new ArrayList<>();

        private Catalogue() {
            for (String area : AREAS) {
                for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    ResourceBundle bundle;
                    try {
                        bundle = Messages.bundle(area, language);
                    } catch (MissingResourceException e) {
                        continue;
                    }
                    for (String key : bundle.keySet()) {
                        add(key, bundle.getString(key), bundle.getString(key));
                    }
                }
            }
            OLDER_WORDING.forEach((key, older) -> {
                String current = Messages.bundle(key.substring(0, key.indexOf('.')), Locale.FRENCH).getString(key);
                older.forEach(pattern -> add(key, pattern, current));
            });
            // The most specific wording first: a longer fixed text is a surer match.
            candidates.sort(Comparator.comparingInt(Candidate::literalLength).reversed());
        }

        private void add(String key, String pattern, String current) {
            if (!pattern.contains("{")) {
                exact.putIfAbsent(pattern, key);
                // Older versions showed the doubled apostrophe of argument-less messages as is.
                exact.putIfAbsent(pattern.replace("'", "''"), key);
                return;
            }
            Candidate candidate = compile(key, pattern, numericArguments(current));
            if (candidate != null && candidate.literalLength >= MIN_LITERAL) {
                candidates.add(candidate);
            }
        }

        /** Arguments the current message formats as numbers (plural choices): older text gives them as digits. */
        private static Set<Integer> numericArguments(String current) {
            Set<Integer> numeric = new java.util.HashSet<>();
            try {
                Format[] formats = new MessageFormat(current, Locale.ROOT).getFormatsByArgumentIndex();
                for (int i = 0; i < formats.length; i++) {
                    if (formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat) {
                        numeric.add(i);
                    }
                }
            } catch (IllegalArgumentException notAPattern) {
                // Plain text: no argument at all.
            }
            return numeric;
        }

        /** Null for patterns holding a choice: those are only matched through their older wording. */
        private static Candidate compile(String key, String pattern, Set<Integer> numeric) {
            StringBuilder regex = new StringBuilder("^");
            StringBuilder literal = new StringBuilder();
            List<Integer> groups = new ArrayList<>();
            String prefix = null;
            Map<Integer, Integer> firstGroup = new HashMap<>();
            int maxIndex = -1;
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                        continue;
                    }
                    int end = pattern.indexOf('\'', i + 1);
                    end = end < 0 ? pattern.length() : end;
                    literal.append(pattern, i + 1, end);
                    i = end + 1;
                    continue;
                }
                if (c == '{') {
                    int depth = 1;
                    int end = i + 1;
                    while (end < pattern.length() && depth > 0) {
                        depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                        end++;
                    }
                    String inside = pattern.substring(i + 1, end - 1);
                    if (inside.contains("choice")) {
                        return null;
                    }
                    int index;
                    try {
                        index = Integer.parseInt(inside.split(",")[0].trim());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (prefix == null) {
                        prefix = literal.toString();
                    }
                    flush(regex, literal);
                    Integer seen = firstGroup.get(index);
                    if (seen != null) {
                        regex.append("\\").append(seen);
                    } else {
                        groups.add(index);
                        firstGroup.put(index, groups.size());
                        regex.append("(.+?)");
                    }
                    maxIndex = Math.max(maxIndex, index);
                    i = end;
                    continue;
                }
                literal.append(c);
                i++;
            }
            int literalLength = pattern.replaceAll("\\{[^}]*}", "").replace("''", "'").strip().length();
            String suffix = literal.toString();
            flush(regex, literal);
            regex.append('$');
            return new Candidate(key, Pattern.compile(regex.toString(), Pattern.DOTALL), prefix == null ? "" : prefix,
                    suffix, groups.stream().mapToInt(Integer::intValue).toArray(), numeric, maxIndex + 1, literalLength);
        }

        private static void flush(StringBuilder regex, StringBuilder literal) {
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
        }
    }
}
