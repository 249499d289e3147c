package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of VIEWS.md, each on a small real SQLite company holding just that case. */
class ViewRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    @TempDir
    Path folder;

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static PeriodAmounts sales(Extraction x) {
        return (PeriodAmounts) x.view(ViewId.SALES_REVENUE).orElseThrow();
    }

    private static PeriodAmounts ledgerRevenue(Extraction x) {
        return (PeriodAmounts) x.view(ViewId.ACCOUNTING_REVENUE).orElseThrow();
    }

    private static String top(Extraction x, ViewId id) {
        return ((TopList) x.view(id).orElseThrow()).rows().stream()
                .map(r -> r.code() + "=" + r.amount().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" "));
    }

    private static CashPosition cash(Extraction x) {
        return (CashPosition) x.view(ViewId.CASH_POSITION).orElseThrow();
    }

    @Test
    void creditNoteAndReturnInvoicesCountNegativeWhateverTheirStoredSign() throws Exception {
        Extraction x = new MiniSage(folder)
                .invoice("FA1", "2024-06-03", 0, "A1", 1000)
                .invoice("FA2", "2024-06-04", 2, "A1", 100)    // credit note stored positive
                .invoice("FA3", "2024-06-05", 2, "A1", -40)    // credit note stored negative
                .invoice("FA4", "2024-06-06", 1, "A2", 30)     // return invoice stored positive
                .invoice("FA5", "2024-06-07", 1, "A2", -20)    // return invoice stored negative
                .extract(AS_OF);
        assertAmount("810", sales(x).month());
        assertEquals("A1=860 A2=-50", top(x, ViewId.TOP5_ITEMS_MONTH));
    }

    @Test
    void postedInvoicesCountAndOtherDocumentTypesDoNot() throws Exception {
        MiniSage db = new MiniSage(folder);
        db.header(7, "FC1", "2024-06-03", "CL001", 1, 0, 0).line(7, "FC1", "2024-06-03", "A1", 500, 1, "", null);
        for (int type : new int[] {0, 1, 2, 3, 4, 5}) {
            db.header(type, "D" + type, "2024-06-03", "CL001", 1, 0, 0)
                    .line(type, "D" + type, "2024-06-03", "A1", 10_000, 1, "", null);
        }
        db.sql("INSERT INTO F_DOCENTETE (DO_Domaine, DO_Type, DO_Piece, DO_Date, DO_Tiers) VALUES (1, 16, 'FF1', '2024-06-03 00:00:00', 'FR001');\n"
                + "INSERT INTO F_DOCLIGNE (DL_No, DO_Domaine, DO_Type, DO_Piece, DO_Date, AR_Ref, DL_MontantHT) VALUES (99, 1, 16, 'FF1', '2024-06-03 00:00:00', 'A1', 7777);");
        assertAmount("500", sales(db.extract(AS_OF)).month());
    }

    @Test
    void linesDatedAfterTheAsOfDayDoNotCount() throws Exception {
        Extraction x = new MiniSage(folder)
                .invoice("FA1", "2024-06-15", 0, "A1", 100)
                .invoice("FA2", "2024-06-16", 0, "A1", 1000)
                .ledger("VTE", "2024-06-01", 15, "701000", null, 1, 100, 0, 0)
                .ledger("VTE", "2024-06-01", 16, "701000", null, 1, 1000, 0, 0)
                .ledger("BQ1", "2024-06-01", 15, "512000", null, 0, 7, 0, 0)
                .ledger("BQ1", "2024-06-01", 16, "512000", null, 0, 70, 0, 0)
                .ledger("BQ1", "2024-07-01", 1, "512000", null, 0, 700, 0, 0)
                .extract(AS_OF);
        assertAmount("100", sales(x).month());
        assertAmount("100", ledgerRevenue(x).month());
        assertAmount("7", cash(x).total());
    }

    @Test
    void monthStartsOnItsFirstDayAndYearOnTheFiscalYearStart() throws Exception {
        Extraction x = new MiniSage(folder)
                .invoice("FA0", "2023-12-31", 0, "A1", 1)
                .invoice("FA1", "2024-01-01", 0, "A1", 10)
                .invoice("FA2", "2024-05-31", 0, "A1", 100)
                .invoice("FA3", "2024-06-01", 0, "A1", 1000)
                .ledger("VTE", "2023-12-01", 31, "701000", null, 1, 1, 0, 0)
                .ledger("VTE", "2024-01-01", 1, "701000", null, 1, 10, 0, 0)
                .ledger("VTE", "2024-05-01", 31, "701000", null, 1, 100, 0, 0)
                .ledger("VTE", "2024-06-01", 1, "701000", null, 1, 1000, 0, 0)
                .extract(AS_OF);
        for (PeriodAmounts p : List.of(sales(x), ledgerRevenue(x))) {
            assertAmount("1000", p.month());
            assertAmount("1110", p.year());
            assertEquals(6, p.byMonth().size());
            assertAmount("10", p.byMonth().get(0).amount());
            assertAmount("100", p.byMonth().get(4).amount());
            assertAmount("1000", p.byMonth().get(5).amount());
        }
    }

    @Test
    void ledgerDateIsJournalMonthPlusDayNotEcDate() throws Exception {
        Extraction x = new MiniSage(folder)
                .sql("INSERT INTO F_ECRITUREC (EC_No, JO_Num, JM_Date, EC_Jour, EC_Date, CG_Num, EC_Sens, EC_Montant)"
                        + " VALUES (1, 'VTE', '2024-05-01 00:00:00', 20, '2024-06-02 00:00:00', '701000', 1, 300);")
                .extract(AS_OF);
        assertAmount("0", ledgerRevenue(x).month());
        assertAmount("300", ledgerRevenue(x).year());
    }

    @Test
    void amountsOfBillionsAndNegativeStoredAmountsKeepEveryCent() throws Exception {
        // Amounts from 10⁹ up travel in their own column; the others with the line's flags.
        Extraction x = new MiniSage(folder)
                .invoice("FA1", "2024-06-03", 0, "A1", 2_500_000_000.5)
                .invoice("FA2", "2024-06-04", 0, "A1", 999_999_999.25)
                .invoice("FA3", "2024-06-05", 2, "A2", -1_500_000_000.75)   // credit note stored negative
                .invoice("FA4", "2024-06-06", 2, "A2", -0.25)
                .ledger("VTE", "2024-06-01", 3, "701000", null, 1, 2_500_000_000.5, 0, 0)
                .ledger("VTE", "2024-06-01", 4, "701000", null, 1, 999_999_999.25, 0, 0)
                .ledger("VTE", "2024-06-01", 5, "701000", null, 0, 1_500_000_000.75, 0, 0)
                .ledger("VTE", "2024-06-01", 6, "701000", null, 1, -0.25, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "411000", "CL001", 0, 4_000_000_000.25, 0, 0)
                .ledger("BQ1", "2024-06-01", 7, "411000", "CL001", 1, 999_999_999.5, 0, 0)
                .ledger("BQ1", "2024-06-01", 7, "512000", null, 0, 999_999_999.5, 0, 0)
                .ledger("BQ1", "2024-06-01", 8, "512000", null, 1, -1_000_000_000.25, 0, 0)
                .extract(AS_OF);
        // 2,500,000,000.50 + 999,999,999.25 − 1,500,000,000.75 − 0.25
        assertAmount("1999999998.75", sales(x).month());
        assertEquals("A1=3499999999.75 A2=-1500000001", top(x, ViewId.TOP5_ITEMS_MONTH));
        // Credits 2,500,000,000.50 + 999,999,999.25 − 0.25, less the debit 1,500,000,000.75
        assertAmount("1999999998.75", ledgerRevenue(x).month());
        assertEquals("CL001=3000000000.75", top(x, ViewId.TOP5_CUSTOMER_OUTSTANDING));
        // A debit of 999,999,999.50 and a credit stored as −1,000,000,000.25: both raise the bank.
        assertAmount("1999999999.75", cash(x).total());
    }

    @Test
    void situationJournalAndIfrsOnlyLinesDoNotCount() throws Exception {
        Extraction x = new MiniSage(folder)
                .ledger("VTE", "2024-06-01", 3, "701000", null, 1, 100, 0, 0)
                .ledger("SIT", "2024-06-01", 3, "701000", null, 1, 999, 0, 0)
                .ledger("OD", "2024-06-01", 3, "701000", null, 1, 555, 0, 1)
                .ledger("SIT", "2024-06-01", 3, "411000", "CL001", 0, 999, 0, 0)
                .ledger("OD", "2024-06-01", 3, "411000", "CL001", 0, 555, 0, 1)
                .ledger("VTE", "2024-06-01", 3, "411000", "CL001", 0, 120, 0, 0)
                .ledger("SIT", "2024-06-01", 3, "512000", null, 0, 999, 0, 0)
                .ledger("OD", "2024-06-01", 3, "512000", null, 0, 555, 0, 1)
                .extract(AS_OF);
        assertAmount("100", ledgerRevenue(x).month());
        assertEquals("CL001=120", top(x, ViewId.TOP5_CUSTOMER_OUTSTANDING));
        assertAmount("0", cash(x).total());
    }

    @Test
    void openingBalancesCountOnlyInTheOldestFiscalYear() throws Exception {
        Extraction x = new MiniSage(folder)
                .ledger("RAN", "2023-01-01", 1, "512000", null, 0, 1000, 1, 0)
                .ledger("RAN", "2023-01-01", 1, "411000", "CL001", 0, 200, 1, 0)
                .ledger("RAN", "2023-01-01", 1, "401000", "FR001", 1, 300, 1, 0)
                .ledger("BQ1", "2023-05-01", 10, "512000", null, 0, 50, 0, 0)
                // The 2024 openings repeat the balances above: they must not count twice.
                .ledger("RAN", "2024-01-01", 1, "512000", null, 0, 1050, 1, 0)
                .ledger("RAN", "2024-01-01", 1, "411000", "CL001", 0, 200, 1, 0)
                .ledger("RAN", "2024-01-01", 1, "401000", "FR001", 1, 300, 1, 0)
                .extract(AS_OF);
        assertAmount("1050", cash(x).total());
        assertEquals("CL001=200", top(x, ViewId.TOP5_CUSTOMER_OUTSTANDING));
        assertEquals("FR001=300", top(x, ViewId.TOP5_SUPPLIER_OUTSTANDING));
    }

    @Test
    void outstandingKeepsOnlyPositiveBalancesOfThatKindOfThirdParty() throws Exception {
        Extraction x = new MiniSage(folder)
                .ledger("VTE", "2024-06-01", 2, "411000", "CL001", 0, 500, 0, 0)
                .ledger("BQ1", "2024-06-01", 3, "411000", "CL001", 1, 200, 0, 0)
                .ledger("BQ1", "2024-06-01", 3, "411000", "CL002", 1, 50, 0, 0)   // customer in credit: left out
                .ledger("BQ1", "2024-06-01", 3, "401000", "FR001", 0, 80, 0, 0)   // supplier paid in advance
                .ledger("OD", "2024-06-01", 3, "701000", "CL001", 0, 999, 0, 0)   // not a class 4 account
                .extract(AS_OF);
        assertEquals("CL001=300", top(x, ViewId.TOP5_CUSTOMER_OUTSTANDING));
        assertEquals("", top(x, ViewId.TOP5_SUPPLIER_OUTSTANDING));
    }

    @Test
    void treasuryFallsBackToClassFiveWithoutInternalTransfersWhenNoJournalHasAnAccount() throws Exception {
        MiniSage db = new MiniSage(folder)
                .ledger("BQ1", "2024-06-01", 3, "512000", null, 0, 100, 0, 0)
                .ledger("OD", "2024-06-01", 3, "530000", null, 0, 20, 0, 0)
                .ledger("OD", "2024-06-01", 3, "580000", null, 0, 999, 0, 0);
        CashPosition attached = cash(db.extract(AS_OF));
        assertEquals(List.of("512000"), attached.rows().stream().map(CashRow::code).toList());
        assertEquals("Banque", attached.rows().get(0).label());

        db.sql("UPDATE F_JOURNAUX SET CG_Num = NULL;");
        CashPosition fallback = cash(db.extract(AS_OF));
        assertEquals(List.of("512000", "530000"), fallback.rows().stream().map(CashRow::code).toList());
        assertAmount("120", fallback.total());
    }

    @Test
    void openOrderBookLeavesClosedOrdersOutButOrdersTakenKeepThem() throws Exception {
        Extraction x = new MiniSage(folder)
                .header(1, "BC1", "2024-06-05", "CL001", 1, 0, 0).line(1, "BC1", "2024-06-05", "A1", 150, 1, "", null)
                .header(1, "BC2", "2024-04-20", "CL001", 1, 0, 0).line(1, "BC2", "2024-04-20", "A1", 120, 1, "", null)
                .header(1, "BC3", "2024-06-08", "CL002", 2, 0, 1).line(1, "BC3", "2024-06-08", "A1", 100, 1, "", null)
                .header(2, "PL1", "2024-06-09", "CL002", 2, 0, 0).line(2, "PL1", "2024-06-09", "A2", 40, 1, "BC9", "2024-05-30")
                .header(1, "BC4", "2024-06-20", "CL002", 2, 0, 0).line(1, "BC4", "2024-06-20", "A1", 9999, 1, "", null)
                // Delivered part of BC1 and an invoice of an order of this month.
                .header(3, "BL1", "2024-06-14", "CL001", 1, 0, 0).line(3, "BL1", "2024-06-14", "A2", 100, 1, "BC1", "2024-06-05")
                .header(6, "FA1", "2024-06-14", "CL001", 1, 0, 0).line(6, "FA1", "2024-06-14", "A2", 30, 1, "BC5", "2024-06-02")
                // An avoir invoice is not an order even with an order reference.
                .header(6, "FA2", "2024-06-14", "CL001", 1, 2, 0).line(6, "FA2", "2024-06-14", "A2", 7, 1, "BC6", "2024-06-02")
                .extract(AS_OF);
        OrderBook book = (OrderBook) x.view(ViewId.ORDER_BOOK_MONTH).orElseThrow();
        assertAmount("310", book.amount());
        assertEquals(3, book.documents());
        OrdersTaken taken = (OrdersTaken) x.view(ViewId.ORDERS_MONTH).orElseThrow();
        assertAmount("380", taken.amount());  // BC1 150 + BL1 100 + closed BC3 100 + FA1 30
        assertEquals(3, taken.orders());      // BC1, BC3, BC5
    }

    @Test
    void nonValuedLinesCountNowhere() throws Exception {
        Extraction x = new MiniSage(folder)
                .header(6, "FA1", "2024-06-03", "CL001", 1, 0, 0)
                .line(6, "FA1", "2024-06-03", "A1", 100, 1, "", null)
                .line(6, "FA1", "2024-06-03", "A2", 50, 0, "", null)
                .header(1, "BC1", "2024-06-03", "CL001", 1, 0, 0)
                .line(1, "BC1", "2024-06-03", "A2", 70, 0, "", null)
                .extract(AS_OF);
        assertAmount("100", sales(x).month());
        assertEquals("A1=100", top(x, ViewId.TOP5_ITEMS_MONTH));
        assertAmount("0", ((OrderBook) x.view(ViewId.ORDER_BOOK_MONTH).orElseThrow()).amount());
        assertEquals(0, ((OrderBook) x.view(ViewId.ORDER_BOOK_MONTH).orElseThrow()).documents());
    }

    @Test
    void linesWithoutItemCountInRevenueButNotInItemOrFamilyTops() throws Exception {
        Extraction x = new MiniSage(folder)
                .header(6, "FA1", "2024-06-03", "CL001", 1, 0, 0)
                .line(6, "FA1", "2024-06-03", "A1", 100, 1, "", null)
                .line(6, "FA1", "2024-06-03", null, 5, 1, "", null)
                .line(6, "FA1", "2024-06-03", "", 6, 1, "", null)
                .line(6, "FA1", "2024-06-03", "GHOST", 7, 1, "", null)   // no such item: no family
                .extract(AS_OF);
        assertAmount("118", sales(x).month());
        assertEquals("A1=100 GHOST=7", top(x, ViewId.TOP5_ITEMS_MONTH));
        assertEquals("FAM=100", top(x, ViewId.TOP5_ITEM_FAMILIES_MONTH));
        assertEquals("CL001=118", top(x, ViewId.TOP5_CUSTOMERS_MONTH));
    }

    @Test
    void documentsWithoutRepresentativeAreLeftOutOfTheRepsTop() throws Exception {
        Extraction x = new MiniSage(folder)
                .header(6, "FA1", "2024-06-03", "CL001", 0, 0, 0).line(6, "FA1", "2024-06-03", "A1", 900, 1, "", null)
                .header(6, "FA2", "2024-06-03", "CL002", 2, 0, 0).line(6, "FA2", "2024-06-03", "A1", 100, 1, "", null)
                .extract(AS_OF);
        assertEquals("2=100", top(x, ViewId.TOP5_SALES_REPS_MONTH));
        TopRow rep = ((TopList) x.view(ViewId.TOP5_SALES_REPS_MONTH).orElseThrow()).rows().get(0);
        assertEquals("Claire MARTIN", rep.label());
        assertEquals("1=900 2=100", top(x, ViewId.TOP5_CUSTOMER_CATEGORIES_MONTH));
    }

    @Test
    void topFiveKeepsFiveGroupsRankedByAmountThenCode() throws Exception {
        MiniSage db = new MiniSage(folder);
        StringBuilder sql = new StringBuilder();
        String[][] customers = {{"C7", "50"}, {"C3", "50"}, {"C5", "80"}, {"C1", "10"}, {"C2", "50"}, {"C4", "-5"},
            {"C6", "50"}};
        int i = 0;
        for (String[] c : customers) {
            i++;
            sql.append("INSERT INTO F_DOCENTETE (DO_Domaine, DO_Type, DO_Piece, DO_Date, DO_Tiers, CO_No) VALUES (0, 6, 'T")
                    .append(i).append("', '2024-06-03 00:00:00', '").append(c[0]).append("', 1);\n")
                    .append("INSERT INTO F_DOCLIGNE (DL_No, DO_Domaine, DO_Type, DO_Piece, DO_Date, AR_Ref, DL_MontantHT)"
                            + " VALUES (").append(100 + i).append(", 0, 6, 'T").append(i)
                    .append("', '2024-06-03 00:00:00', 'A1', ").append(c[1]).append(");\n");
        }
        Extraction x = db.sql(sql.toString()).extract(AS_OF);
        assertEquals("C5=80 C2=50 C3=50 C6=50 C7=50", top(x, ViewId.TOP5_CUSTOMERS_MONTH));
        List<TopRow> rows = ((TopList) x.view(ViewId.TOP5_CUSTOMERS_MONTH).orElseThrow()).rows();
        assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(TopRow::rank).toList());
        assertEquals("", rows.get(0).label(), "a customer missing from F_COMPTET has an empty label");
    }

    @Test
    void numericCodesTieInNumericOrder() {
        TopList list = TopList.of(List.of(new TopList.Group("10", "", BigDecimal.ONE),
                new TopList.Group("9", "", BigDecimal.ONE), new TopList.Group("2", "", BigDecimal.TEN)));
        assertEquals(List.of("2", "9", "10"), list.rows().stream().map(TopRow::code).toList());
    }

    @Test
    void revenuePrefixesAreASetting() throws Exception {
        MiniSage db = new MiniSage(folder)
                .ledger("VTE", "2024-06-01", 3, "701000", null, 1, 100, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "708000", null, 1, 10, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "709000", null, 0, 5, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "710000", null, 1, 1000, 0, 0);
        assertAmount("105", ledgerRevenue(db.extract(AS_OF)).month());
        assertAmount("100", ledgerRevenue(db.extract(new ExtractOptions(AS_OF, List.of("701")))).month());
        assertAmount("1105", ledgerRevenue(db.extract(new ExtractOptions(AS_OF, List.of("70", "71")))).month());
    }
}
