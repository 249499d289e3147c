package com.bizsync.logs;

/**
 * Makes text safe for a log line: a value someone typed cannot start a new line, forge another
 * entry or drive the reader's terminal. Line breaks, tabs and every control character (C0, DEL,
 * C1 such as U+0085), the line and paragraph separators U+2028/U+2029 and the bidirectional
 * overrides become visible escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u2028}).
 */
public final class LogText {
    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
                boolean separator = c == '\u2028' || c == '\u2029';
                boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                        || c == '\u200e' || c == '\u200f';
                return control || separator || bidi ? String.format("\\u%04x", (int) c) : null;
        }
    }
}
