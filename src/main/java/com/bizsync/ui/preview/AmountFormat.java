package com.bizsync.ui.preview;

import com.bizsync.i18n.Messages;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Amounts and periods as a French reader expects them: {@code 12 345,67 €}, {@code janv. 2026}. */
public final class AmountFormat {
    private AmountFormat() {
    }

    public static String amount(double value, String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(currency(currencyCode));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Axis ticks: whole numbers with grouping, no currency (the card title says what they are). */
    public static String axis(double value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public static String month(String yearMonth) {
        try {
            return DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(YearMonth.parse(yearMonth));
        } catch (RuntimeException e) {
            return yearMonth;
        }
    }

    /** Month alone ({@code janv.}), for chart bars under a header that gives the fiscal year. */
    public static String shortMonth(String yearMonth) {
        try {
            return DateTimeFormatter.ofPattern("MMM", locale()).format(YearMonth.parse(yearMonth));
        } catch (RuntimeException e) {
            return yearMonth;
        }
    }

    public static String date(String isoDate) {
        try {
            return Messages.date(LocalDate.parse(isoDate));
        } catch (RuntimeException e) {
            return isoDate;
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null || code.isBlank() ? "EUR" : code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Currency.getInstance("EUR");
        }
    }

    private static Locale locale() {
        return "en".equals(Messages.locale().getLanguage()) ? Locale.UK : Locale.FRANCE;
    }
}
