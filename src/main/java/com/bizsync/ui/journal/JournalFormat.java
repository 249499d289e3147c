package com.bizsync.ui.journal;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a journal row reads, shared by the table and the CSV export so both say the same thing. */
public final class JournalFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private JournalFormat() {
    }

    public static String date(Instant time) {
        return DATE.format(time.atZone(ZoneId.systemDefault()));
    }

    public static String time(Instant time) {
        return TIME.format(time.atZone(ZoneId.systemDefault()));
    }

    public static String dateTime(Instant time) {
        return date(time) + " " + time(time);
    }

    public static String status(JournalEntry.Status status) {
        return Messages.get("journal.status." + status.name());
    }

    public static String operation(JournalEntry.Operation operation) {
        return Messages.get("journal.operation." + operation.name());
    }

    /** Blank company codes mark global operations (journal contract). */
    public static String company(String company) {
        return company == null || company.isBlank() ? Messages.get("journal.global") : company;
    }

    /** Seconds with one decimal, with the decimal mark of the user's language (Excel reads it as a number). */
    public static String seconds(Duration duration) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        // Exact decimal milliseconds: 150 ms is 0.15 s and rounds up, which a binary double would not.
        return format.format(java.math.BigDecimal.valueOf(duration == null ? 0 : duration.toMillis(), 3));
    }

    public static String duration(Duration duration) {
        return Messages.get("journal.duration", seconds(duration));
    }
}
