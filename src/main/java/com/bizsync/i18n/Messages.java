package com.bizsync.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence a user reads comes from here. Keys are {@code area.name}; the area picks the
 * bundle {@code resources/i18n/<area>.properties} (French, the default) or
 * {@code <area>_en.properties} (English), so each capability owns its own bundle.
 */
public final class Messages {
    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** French unless the system (or the {@code bizsync.lang} property) asks for English. */
    private static Locale defaultLocale() {
        String forced = System.getProperty("bizsync.lang", System.getenv("BIZSYNC_LANG"));
        if (forced != null && !forced.isBlank()) {
            return Locale.forLanguageTag(forced.trim());
        }
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The whole bundle of one area, for FXML-less views that bind many labels at once. */
    public static ResourceBundle bundle(String area) {
        return ResourceBundle.getBundle("i18n." + area, locale, NoFallbackControl.INSTANCE);
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
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
