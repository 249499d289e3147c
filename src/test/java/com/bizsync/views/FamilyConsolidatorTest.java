package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.DemoCompany;
import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.i18n.UserError;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Families: sums add up, tops are re-ranked on merged codes, inconsistent companies are refused. */
class FamilyConsolidatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final FiscalYear YEAR_2026 = new FiscalYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @TempDir
    Path folder;

    private static Extraction company(String name, String currency, FiscalYear year, Map<ViewId, ViewValue> views) {
        return new Extraction(AS_OF, name, currency, year, views);
    }

    private static TopList top(Object... codeAmount) {
        List<TopList.Group> groups = new java.util.ArrayList<>();
        for (int i = 0; i < codeAmount.length; i += 2) {
            groups.add(new TopList.Group((String) codeAmount[i], "L" + codeAmount[i], new BigDecimal((String) codeAmount[i + 1])));
        }
        return TopList.of(groups);
    }

    @Test
    void topsAreReRankedAfterAddingTheSameCodeAcrossCompanies() {
        Map<ViewId, ViewValue> a = new EnumMap<>(ViewId.class);
        a.put(ViewId.TOP5_ITEMS_YEAR, top("A", "100", "B", "90", "C", "80", "D", "70", "E", "60", "F", "55"));
        a.put(ViewId.SALES_REVENUE, new PeriodAmounts(new BigDecimal("10"), new BigDecimal("100"),
                List.of(new MonthAmount(YearMonth.of(2026, 10), new BigDecimal("90")),
                        new MonthAmount(YearMonth.of(2026, 11), new BigDecimal("10")))));
        a.put(ViewId.ORDER_BOOK_MONTH, new OrderBook(new BigDecimal("5"), 2));
        a.put(ViewId.CASH_POSITION, new CashPosition(List.of(new CashRow("512000", "Banque", new BigDecimal("7")))));
        Map<ViewId, ViewValue> b = new EnumMap<>(ViewId.class);
        // F is 6th in A: it must still win once B's amount is added (needs every group, not A's top 5).
        b.put(ViewId.TOP5_ITEMS_YEAR, top("F", "100", "E", "1"));
        b.put(ViewId.SALES_REVENUE, new PeriodAmounts(new BigDecimal("1"), new BigDecimal("2"),
                List.of(new MonthAmount(YearMonth.of(2026, 11), new BigDecimal("1")))));
        b.put(ViewId.ORDER_BOOK_MONTH, new OrderBook(new BigDecimal("3"), 1));
        b.put(ViewId.CASH_POSITION, new CashPosition(List.of(new CashRow("512000", "Banque", new BigDecimal("3")),
                new CashRow("530000", "Caisse", new BigDecimal("1")))));
        Extraction family = FamilyConsolidator.consolidate("Groupe", List.of(
                company("A", "EUR", YEAR_2026, a), company("B", "EUR", YEAR_2026, b)));

        assertEquals("Groupe", family.companyName());
        List<TopRow> rows = ((TopList) family.view(ViewId.TOP5_ITEMS_YEAR).orElseThrow()).rows();
        assertEquals(List.of("F", "A", "B", "C", "D"), rows.stream().map(TopRow::code).toList());
        assertEquals(0, new BigDecimal("155").compareTo(rows.get(0).amount()));
        PeriodAmounts sales = (PeriodAmounts) family.view(ViewId.SALES_REVENUE).orElseThrow();
        assertEquals(0, new BigDecimal("11").compareTo(sales.month()));
        assertEquals(0, new BigDecimal("102").compareTo(sales.year()));
        assertEquals(0, new BigDecimal("11").compareTo(sales.byMonth().get(1).amount()));
        assertEquals(new OrderBook(new BigDecimal("8"), 3), family.view(ViewId.ORDER_BOOK_MONTH).orElseThrow());
        CashPosition cash = (CashPosition) family.view(ViewId.CASH_POSITION).orElseThrow();
        assertEquals(0, new BigDecimal("11").compareTo(cash.total()));
        assertEquals(2, cash.rows().size());
    }

    @Test
    void differentFiscalYearsOrCurrenciesAreRefused() {
        Extraction a = company("Alpha", "EUR", YEAR_2026, Map.of());
        Extraction julyJune = company("Beta", "EUR",
                new FiscalYear(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)), Map.of());
        UserError years = assertThrows(UserError.class, () -> FamilyConsolidator.consolidate("Groupe", List.of(a, julyJune)));
        assertEquals("views.familyFiscalYears", years.key());
        assertTrue(years.getMessage().contains("Beta"), years.getMessage());
        Extraction dollars = company("Gamma", "USD", YEAR_2026, Map.of());
        assertEquals("views.familyCurrencies",
                assertThrows(UserError.class, () -> FamilyConsolidator.consolidate("Groupe", List.of(a, dollars))).key());
        assertEquals("views.familyEmpty",
                assertThrows(UserError.class, () -> FamilyConsolidator.consolidate("Groupe", List.of())).key());
    }

    @Test
    void theDemoSisterCompaniesAddUpAndTheWineMerchantIsRefused() throws Exception {
        List<DemoCompany> demo = DemoDatabaseGenerator.writeDemoCompanies(folder, 1_500, 3_000);
        Extraction bijou = extract(demo.get(0));
        Extraction orfev = extract(demo.get(1));
        Extraction family = FamilyConsolidator.consolidate("Groupe Lumière", List.of(bijou, orfev));
        for (ViewId id : List.of(ViewId.SALES_REVENUE, ViewId.ACCOUNTING_REVENUE)) {
            PeriodAmounts sum = (PeriodAmounts) family.view(id).orElseThrow();
            PeriodAmounts one = (PeriodAmounts) bijou.view(id).orElseThrow();
            PeriodAmounts two = (PeriodAmounts) orfev.view(id).orElseThrow();
            assertEquals(0, one.year().add(two.year()).compareTo(sum.year()), id.id());
            assertEquals(0, one.month().add(two.month()).compareTo(sum.month()), id.id());
            assertEquals(one.byMonth().size(), sum.byMonth().size());
        }
        CashPosition cash = (CashPosition) family.view(ViewId.CASH_POSITION).orElseThrow();
        assertEquals(0, ((CashPosition) bijou.view(ViewId.CASH_POSITION).orElseThrow()).total()
                .add(((CashPosition) orfev.view(ViewId.CASH_POSITION).orElseThrow()).total()).compareTo(cash.total()));
        assertEquals(5, ((TopList) family.view(ViewId.TOP5_CUSTOMERS_YEAR).orElseThrow()).rows().size());
        assertThrows(UserError.class,
                () -> FamilyConsolidator.consolidate("Tout", List.of(bijou, orfev, extract(demo.get(2)))));
    }

    private static Extraction extract(DemoCompany company) throws Exception {
        try (Connection c = SourceConnector.open(SourceSpec.of(company.file().toString(), null, null))) {
            return ViewExtractor.extract(c, c, ExtractOptions.defaults(DemoDatabaseGenerator.REFERENCE_DAY));
        }
    }
}
