package com.bizsync.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Amounts read as a French accountant writes them. */
class AmountFormatTest {
    /** Java's French format groups thousands with a narrow no-break space and keeps € apart with a no-break space. */
    private static String french(String text) {
        return text.replace(' ', '\u202F').replace('_', '\u00A0');
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.FRENCH);
    }

    @Test
    void frenchAmountsHaveACommaTwoDecimalsAndTheCurrencySymbolAfter() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(french("12 345,60_€"), AmountFormat.amount(12345.6, "EUR"));
        assertEquals(french("-1 234 567,89_€"), AmountFormat.amount(-1234567.891, "EUR"));
        assertEquals(french("0,00_€"), AmountFormat.amount(0, "EUR"));
        assertEquals(french("1 000,00_CHF"), AmountFormat.amount(1000, "CHF"));
        assertEquals("janv. 2026", AmountFormat.month("2026-01"));
        assertEquals("22/11/2026", AmountFormat.date("2026-11-22"));
    }

    @Test
    void englishAmountsFollowTheConsoleLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("€12,345.60", AmountFormat.amount(12345.6, "EUR"));
        assertEquals("Jan 2026", AmountFormat.month("2026-01"));
    }
}
