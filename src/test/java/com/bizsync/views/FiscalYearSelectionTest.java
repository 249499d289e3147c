package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.UserError;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The current fiscal year is picked as VIEWS.md says, whatever the order and emptiness of the slots. */
class FiscalYearSelectionTest {
    @TempDir
    Path folder;

    private static String dossier(String... slots) {
        StringBuilder columns = new StringBuilder("cbMarq, D_RaisonSoc, N_DeviseCompte");
        StringBuilder values = new StringBuilder("1, 'FY SARL', 1");
        for (int i = 0; i < slots.length; i += 2) {
            int n = i / 2 + 1;
            columns.append(", D_DebutExo0").append(n).append(", D_FinExo0").append(n);
            values.append(", ").append(slots[i] == null ? "NULL" : "'" + slots[i] + " 00:00:00'")
                    .append(", ").append(slots[i + 1] == null ? "NULL" : "'" + slots[i + 1] + " 00:00:00'");
        }
        return "INSERT INTO P_DOSSIER (" + columns + ") VALUES (" + values + ");\n";
    }

    @Test
    void picksTheSlotContainingTheDayWhateverTheSlotOrderAndEmptySlots() throws Exception {
        MiniSage db = new MiniSage(folder, dossier("2024-07-01", "2025-06-30", null, null,
                "1900-01-01", "1900-01-01", "2023-07-01", "2024-06-30", "1753-01-01", "1753-01-01"));
        Extraction x = db.extract(LocalDate.of(2024, 6, 15));
        assertEquals(new FiscalYear(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)), x.fiscalYear());
        assertEquals(new FiscalYear(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)),
                db.extract(LocalDate.of(2024, 7, 1)).fiscalYear());
    }

    @Test
    void betweenFiscalYearsTheLatestStartedOneCountsCappedAtItsEnd() throws Exception {
        MiniSage db = new MiniSage(folder, dossier("2025-01-01", "2025-12-31", "2023-01-01", "2023-12-31"))
                .invoice("FA1", "2023-03-10", 0, "A1", 10)
                .invoice("FA2", "2023-12-31", 0, "A1", 100)
                .invoice("FA3", "2024-02-10", 0, "A1", 1000)
                .invoice("FA4", "2024-06-02", 0, "A1", 10_000);
        Extraction x = db.extract(LocalDate.of(2024, 6, 15));
        assertEquals(new FiscalYear(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), x.fiscalYear());
        PeriodAmounts sales = (PeriodAmounts) x.view(ViewId.SALES_REVENUE).orElseThrow();
        assertEquals(0, new BigDecimal("110").compareTo(sales.year()), "year stops at the fiscal year end");
        assertEquals(0, new BigDecimal("10000").compareTo(sales.month()), "the month is still the as-of month");
        assertEquals(12, sales.byMonth().size());
        assertEquals("2023-12", sales.byMonth().get(11).month().toString());
    }

    @Test
    void aFiscalYearStartingMidMonthSplitsThatMonthBetweenMonthAndYear() throws Exception {
        MiniSage db = new MiniSage(folder, dossier("2024-01-15", "2025-01-14"))
                .invoice("FA1", "2024-01-10", 0, "A1", 1)
                .invoice("FA2", "2024-01-16", 0, "A1", 10)
                .invoice("FA3", "2024-01-21", 0, "A1", 100);
        PeriodAmounts sales = (PeriodAmounts) db.extract(LocalDate.of(2024, 1, 20)).view(ViewId.SALES_REVENUE)
                .orElseThrow();
        assertEquals(0, new BigDecimal("11").compareTo(sales.month()));
        assertEquals(0, new BigDecimal("10").compareTo(sales.year()));
        assertEquals(1, sales.byMonth().size());
        assertEquals(0, new BigDecimal("10").compareTo(sales.byMonth().get(0).amount()));
    }

    @Test
    void aDayBeforeEveryFiscalYearIsRefusedWithASentence() throws Exception {
        com.bizsync.i18n.Messages.setLocale(java.util.Locale.FRENCH);
        MiniSage db = new MiniSage(folder, dossier("2024-01-01", "2024-12-31"));
        UserError e = assertThrows(UserError.class, () -> db.extract(LocalDate.of(2023, 6, 1)));
        assertEquals("views.noFiscalYearAt", e.key());
        assertTrue(e.getMessage().contains("aucun exercice commencé au 01/06/2023 :"), "the day in the user's format: "
                + e.getMessage());
    }

    @Test
    void aDatabaseWithoutFiscalYearIsRefusedWithASentence() throws Exception {
        MiniSage db = new MiniSage(folder, dossier(null, null, "1900-01-01", "1900-01-01"));
        UserError e = assertThrows(UserError.class, () -> db.extract(LocalDate.of(2024, 6, 15)));
        assertEquals("views.noFiscalYear", e.key());
    }

    @Test
    void anEmptyParametersTableIsRefusedLikeNoFiscalYear() throws Exception {
        MiniSage db = new MiniSage(folder, "");
        UserError e = assertThrows(UserError.class, () -> db.extract(LocalDate.of(2024, 6, 15)));
        assertEquals("views.noFiscalYear", e.key());
    }

    @Test
    void invalidAsOfDaysAreRefused() {
        assertEquals("views.invalidAsOf",
                assertThrows(UserError.class, () -> ExtractOptions.parse("2024-13-01", null)).key());
        assertEquals("views.invalidAsOf",
                assertThrows(UserError.class, () -> ExtractOptions.parse("15/06/2024", null)).key());
        assertEquals("views.invalidAsOf",
                assertThrows(UserError.class, () -> ExtractOptions.parse("1753-01-01", null)).key());
        assertEquals("views.invalidRevenuePrefix",
                assertThrows(UserError.class, () -> ExtractOptions.parse("2024-06-15", "70%")).key());
        assertEquals(LocalDate.of(2024, 6, 15), ExtractOptions.parse("2024-06-15", " 70, 71 ").asOf());
    }
}
