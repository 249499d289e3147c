package com.bizsync.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence kept as its message key and arguments rather than as text, so it reads in whatever
 * language is current when it is shown (the journal, a status line after a language switch).
 * Arguments are plain values (text, whole or decimal numbers, days) or other sentences; a day is
 * written in the user's date format, a number chooses the plural form of its message.
 * A sentence may also be a text kept as written: a technical detail, or a journal row written by
 * an older BizSync that could not be recognised.
 */
public final class Sentence {
    private final String key;
    private final List<Object> args;
    /** The text itself for a literal; for a keyed sentence, what to show if this version lacks the key. */
    private final String fallback;

    private Sentence(String key, List<Object> args, String fallback) {
        this.key = key;
        this.args = args;
        this.fallback = fallback;
    }

    /** The message {@code key} of a bundle ({@code engine.published}) with these arguments. */
    public static Sentence of(String key, Object... args) {
        return keyed(key, args == null ? List.of() : java.util.Arrays.asList(args), null);
    }

    /**
     * A keyed sentence read back from storage: {@code stored} is the text it had when written,
     * shown if this version of BizSync no longer has the key.
     */
    public static Sentence stored(String key, List<?> args, String stored) {
        return keyed(key, args, stored);
    }

    private static Sentence keyed(String key, List<?> args, String fallback) {
        if (key == null || key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("message key without area: " + key);
        }
        List<Object> values = new ArrayList<>(args.size());
        args.forEach(arg -> values.add(value(arg)));
        return new Sentence(key, Collections.unmodifiableList(values), fallback);
    }

    /** A text shown as written, whatever the language. */
    public static Sentence literal(String text) {
        return new Sentence(null, List.of(), text == null ? "" : text);
    }

    /** The sentences of the list, read one after the other with ", " between them. */
    public static List<Object> list(Collection<?> items) {
        List<Object> values = new ArrayList<>(items.size());
        items.forEach(item -> values.add(value(item)));
        return Collections.unmodifiableList(values);
    }

    /** Arguments are kept as values a sentence can be stored with and rendered from later. */
    private static Object value(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Sentence || arg instanceof String || arg instanceof LocalDate) {
            return arg;
        }
        if (arg instanceof UserError error) {
            return error.sentence();
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            return ((Number) arg).longValue();
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal;
        }
        if (arg instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (arg instanceof Collection<?> items) {
            return list(items);
        }
        return String.valueOf(arg);
    }

    public boolean isLiteral() {
        return key == null;
    }

    /** Null for a literal. */
    public String key() {
        return key;
    }

    /** Strings, {@code Long}s, {@code BigDecimal}s, {@code LocalDate}s, sentences, and lists of these. */
    public List<Object> args() {
        return args;
    }

    /** The text as written for a literal; the text stored with a keyed sentence read back, else null. */
    public String fallback() {
        return fallback;
    }

    /** The sentence in the current language ({@link Messages#locale()}). */
    public String text() {
        return text(Messages.locale());
    }

    /** The sentence in a given language (an alert mail follows the console's saved language). */
    public String text(java.util.Locale language) {
        if (key == null) {
            return fallback;
        }
        if (fallback != null && !Messages.has(key)) {
            return fallback;
        }
        return Messages.get(language, key, args.toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence that && Objects.equals(key, that.key) && args.equals(that.args)
                && (key != null || Objects.equals(fallback, that.fallback));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args, key == null ? fallback : null);
    }

    @Override
    public String toString() {
        return key == null ? "Sentence[" + fallback + "]" : "Sentence[" + key + " " + args + "]";
    }
}
