package com.bizsync.ui.journal;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes journal rows as CSV for Excel in French: UTF-8 with a byte-order mark (without it Excel
 * reads the accents as ANSI), {@code ;} as separator (French Excel uses the comma as decimal
 * mark, so it splits columns on {@code ;}), RFC 4180 quoting and CRLF line ends. The columns
 * and wording are those of the journal table; the header is in the user's language.
 */
public final class JournalCsv {
    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private JournalCsv() {
    }

    /** Writes the rows to the stream, which is flushed but left open (the support bundle writes into a zip). */
    public static void write(List<JournalEntry> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        line(writer, Messages.get("journal.csv.date"), Messages.get("journal.csv.time"),
                Messages.get("journal.csv.status"), Messages.get("journal.csv.company"),
                Messages.get("journal.csv.operation"), Messages.get("journal.csv.message"),
                Messages.get("journal.csv.duration"));
        for (JournalEntry row : rows) {
            line(writer, JournalFormat.date(row.time()), JournalFormat.time(row.time()),
                    JournalFormat.status(row.status()), JournalFormat.company(row.company()),
                    JournalFormat.operation(row.operation()), row.message() == null ? "" : row.message(),
                    JournalFormat.seconds(row.duration()));
        }
        writer.flush();
    }

    private static void line(Writer writer, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quote(fields[i]));
        }
        writer.write(LINE_END);
    }

    /** RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled. */
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
