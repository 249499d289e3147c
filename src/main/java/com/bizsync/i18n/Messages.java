package com.bizsync.i18n;

import java.io.File;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every sentence a user reads comes from here. Keys are {@code area.name}; the area picks the
 * bundle {@code resources/i18n/<area>.properties} (French, the default) or
 * {@code <area>_en.properties} (English), so each capability owns its own bundle.
 *
 * <p>A message with arguments is a {@link MessageFormat} pattern ({@code ''} for an apostrophe,
 * {@code {0,choice,…}} for plurals); a message without any is plain text. Arguments that are
 * days are written in the user's date format, sentences in the current language.
 */
public final class Messages {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** French unless the system (or the {@code bizsync.lang} property) asks for English. */
    private static Locale defaultLocale() {
        String forced = System.getProperty("bizsync.lang", System.getenv("BIZSYNC_LANG"));
        if (forced != null && !forced.isBlank()) {
            return Locale.forLanguageTag(forced.trim());
        }
        return systemLanguage(Locale.getDefault(), File.separatorChar == '/', System.getenv());
    }

    /**
     * English only when the system asks for it. On Linux the JDK reports English for the "C" and
     * "POSIX" locales and for no locale at all, which a server often has and which is no choice
     * of language: those get French, as Windows in French does.
     */
    static Locale systemLanguage(Locale system, boolean posix, Map<String, String> environment) {
        if (!"en".equals(system.getLanguage())) {
            return Locale.FRENCH;
        }
        if (!posix) {
            return Locale.ENGLISH;
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                boolean noLanguage = value.equals("C") || value.equals("POSIX") || value.startsWith("C.");
                return noLanguage ? Locale.FRENCH : Locale.ENGLISH;
            }
        }
        return Locale.FRENCH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The whole bundle of one area, for FXML-less views that bind many labels at once. */
    public static ResourceBundle bundle(String area) {
        return bundle(area, locale);
    }

    /** One area's bundle in a given language (French or English). */
    static ResourceBundle bundle(String area, Locale language) {
        return ResourceBundle.getBundle("i18n." + area, language, NoFallbackControl.INSTANCE);
    }

    /** Whether this version of BizSync has the message (a key read back from storage may be older). */
    public static boolean has(String key) {
        int dot = key.indexOf('.');
        try {
            return dot > 0 && bundle(key.substring(0, dot)).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    /**
     * In a given language rather than the current one: an alert mail is written in the console's
     * saved language whichever process (console, runner) sends it.
     */
    public static String get(Locale language, String key, Object... args) {
        Locale in = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("message key without area: " + key);
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("i18n." + key.substring(0, dot), in, NoFallbackControl.INSTANCE)
                    .getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must never hide the error it was meant to explain.
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (!ARGUMENT.matcher(pattern).find()) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], in);
        }
        return new MessageFormat(pattern, in).format(shown);
    }

    /** A day as the user writes it: 31/12/2026 in French (pattern {@code common.datePattern}). */
    public static String date(LocalDate day) {
        return date(day, locale);
    }

    private static String date(LocalDate day, Locale in) {
        return DateTimeFormatter.ofPattern(get(in, "common.datePattern"), in).format(day);
    }

    /** What a message shows for one argument; numbers stay numbers so that choice formats pick the plural. */
    private static Object shown(Object arg, Locale in) {
        if (arg instanceof Sentence sentence) {
            return sentence.text(in);
        }
        if (arg instanceof LocalDate day) {
            return date(day, in);
        }
        if (arg instanceof UserError error) {
            return error.sentence().text(in);
        }
        if (arg instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(shown(item, in))).collect(Collectors.joining(", "));
        }
        return arg;
    }

    /** Base bundles are French: never fall back to the JVM's default locale. */
    private static final class NoFallbackControl extends ResourceBundle.Control {
        static final NoFallbackControl INSTANCE = new NoFallbackControl();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public java.util.List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }
    }
}
