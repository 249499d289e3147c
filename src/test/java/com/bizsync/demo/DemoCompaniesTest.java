package com.bizsync.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.CashPosition;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.FiscalYear;
import com.bizsync.views.PeriodAmounts;
import com.bizsync.views.TopList;
import com.bizsync.views.ViewExtractor;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo companies: Sage-shaped, coherent, complete enough to show every rule, deterministic. */
class DemoCompaniesTest {
    @TempDir
    static Path folder;
    private static List<DemoCompany> companies;

    @BeforeAll
    static void build() {
        companies = DemoDatabaseGenerator.writeDemoCompanies(folder);
    }

    private Extraction extract(DemoCompany company) throws SQLException {
        try (Connection c = SourceConnector.open(SourceSpec.of(company.file().toString(), null, null))) {
            return ViewExtractor.extract(c, c, ExtractOptions.defaults(DemoDatabaseGenerator.REFERENCE_DAY));
        }
    }

    private static long count(DemoCompany company, String sql) throws SQLException {
        try (Connection c = SourceConnector.open(SourceSpec.of(company.file().toString(), null, null));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void threeFrenchCompaniesTwoSharingTheCalendarYear() throws Exception {
        assertEquals(List.of("BIJOU", "ORFEV", "CAVES"), companies.stream().map(DemoCompany::code).toList());
        FiscalYear calendar = new FiscalYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(calendar, extract(companies.get(0)).fiscalYear());
        assertEquals(calendar, extract(companies.get(1)).fiscalYear());
        assertEquals(new FiscalYear(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
                extract(companies.get(2)).fiscalYear());
        for (DemoCompany company : companies) {
            assertEquals("EUR", extract(company).currency());
        }
    }

    @Test
    void aDemoBuiltAroundAnotherDayHasThatDaysFiscalYearAndMonth(@TempDir Path later) throws Exception {
        // A user's demo is built around today: in March 2027 the 2026 years no longer hold "today".
        LocalDate day = LocalDate.of(2027, 3, 15);
        List<DemoCompany> demo = DemoDatabaseGenerator.writeDemoCompaniesAround(later, day);
        FiscalYear calendar = new FiscalYear(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        FiscalYear fromJuly = new FiscalYear(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        List<FiscalYear> expected = List.of(calendar, calendar, fromJuly);
        for (int i = 0; i < demo.size(); i++) {
            try (Connection c = SourceConnector.open(SourceSpec.of(demo.get(i).file().toString(), null, null))) {
                Extraction x = ViewExtractor.extract(c, c, ExtractOptions.defaults(day));
                assertEquals(expected.get(i), x.fiscalYear(), demo.get(i).code());
                PeriodAmounts sales = (PeriodAmounts) x.view(ViewId.SALES_REVENUE).orElseThrow();
                assertTrue(sales.month().signum() > 0, demo.get(i).code() + " sales in March 2027: " + sales.month());
            }
        }
    }

    @Test
    void everyCompanyExtractsPlausibleFigures() throws Exception {
        for (DemoCompany company : companies) {
            Extraction x = extract(company);
            assertEquals(17, x.views().size(), company.code());
            PeriodAmounts sales = (PeriodAmounts) x.view(ViewId.SALES_REVENUE).orElseThrow();
            PeriodAmounts ledger = (PeriodAmounts) x.view(ViewId.ACCOUNTING_REVENUE).orElseThrow();
            assertTrue(sales.month().signum() > 0 && sales.year().compareTo(sales.month()) > 0, company.code());
            // Invoices are posted to the ledger; only small counter sales differ.
            double gap = Math.abs(ledger.year().doubleValue() / sales.year().doubleValue() - 1);
            assertTrue(gap < 0.05, company.code() + " ledger " + ledger.year() + " vs sales " + sales.year());
            CashPosition cash = (CashPosition) x.view(ViewId.CASH_POSITION).orElseThrow();
            assertTrue(cash.total().signum() > 0, company.code() + " cash " + cash.total());
            assertEquals(List.of("512000", "512100", "530000"), cash.rows().stream().map(r -> r.code()).toList());
            for (ViewId id : ViewId.values()) {
                if (x.view(id).orElseThrow() instanceof TopList top && id != ViewId.TOP5_CUSTOMER_CATEGORIES_MONTH
                        && id != ViewId.TOP5_CUSTOMER_CATEGORIES_YEAR) {
                    assertEquals(5, top.rows().size(), company.code() + " " + id.id());
                }
            }
        }
    }

    @Test
    void ledgerEntriesBalance() throws Exception {
        for (DemoCompany company : companies) {
            assertEquals(0, count(company, "SELECT COUNT(*) FROM (SELECT JO_Num, EC_Piece,"
                    + " SUM(CASE WHEN EC_Sens = 0 THEN EC_Montant ELSE -EC_Montant END) AS b FROM F_ECRITUREC"
                    + " GROUP BY JO_Num, EC_Piece) WHERE ABS(b) > 0.001"), company.code());
        }
    }

    @Test
    void holdsEveryCaseTheRulesTalkAbout() throws Exception {
        DemoCompany c = companies.get(0);
        for (int type = 0; type <= 7; type++) {
            assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCENTETE WHERE DO_Domaine = 0 AND DO_Type = " + type) > 0,
                    "sales document type " + type);
        }
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCENTETE WHERE DO_Domaine = 1") > 0, "purchases");
        for (String sign : new String[] {"> 0", "< 0"}) {
            for (int provenance : new int[] {1, 2}) {
                assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCLIGNE l JOIN F_DOCENTETE e ON e.DO_Domaine = l.DO_Domaine"
                        + " AND e.DO_Type = l.DO_Type AND e.DO_Piece = l.DO_Piece WHERE e.DO_Provenance = " + provenance
                        + " AND l.DL_MontantHT " + sign) > 0, "provenance " + provenance + " stored " + sign);
            }
        }
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCENTETE WHERE DO_Type = 1 AND DO_Cloture = 1") > 0, "closed orders");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCLIGNE WHERE DO_Type = 3 AND DL_PieceBC <> ''") > 0,
                "delivery notes not invoiced yet");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCLIGNE WHERE DL_Valorise = 0") > 0, "non-valued lines");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCLIGNE WHERE AR_Ref IS NULL") > 0, "comment lines (NULL)");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCLIGNE WHERE AR_Ref = ''") > 0, "comment lines (empty)");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCENTETE WHERE DO_Domaine = 0 AND CO_No = 0") > 0, "no rep");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_DOCENTETE WHERE DO_Date > '2026-11-22 23:59:59'") > 0, "future documents");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_ECRITUREC WHERE JM_Date > '2026-11-01 00:00:00'"
                + " OR (JM_Date = '2026-11-01 00:00:00' AND EC_Jour > 22)") > 0, "future ledger lines");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_ECRITUREC WHERE EC_Norme = 1") > 0, "IFRS-only lines");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_ECRITUREC WHERE JO_Num = 'SIT'") > 0, "situation journal");
        assertTrue(count(c, "SELECT COUNT(DISTINCT JM_Date) FROM F_ECRITUREC WHERE EC_ANType <> 0") >= 2,
                "opening balances in two fiscal years");
        for (String journal : new String[] {"ACH", "VTE", "BQ1", "BQ2", "CAI", "OD", "RAN"}) {
            assertTrue(count(c, "SELECT COUNT(*) FROM F_ECRITUREC WHERE JO_Num = '" + journal + "'") > 0, journal);
        }
        assertTrue(count(c, "SELECT COUNT(*) FROM F_COMPTET WHERE CT_Type = 0") >= 300, "hundreds of customers");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_ARTICLE") >= 200, "hundreds of items");
        assertTrue(count(c, "SELECT COUNT(*) FROM F_COLLABORATEUR") >= 5, "several reps");
    }

    @Test
    void sameSeedSameFigures(@TempDir Path other) throws Exception {
        DemoCompany again = DemoDatabaseGenerator.writeDemoCompanies(other).get(1);
        assertEquals(extract(companies.get(1)).toJson(), extract(again).toJson());
    }

    @Test
    void sizeIsASetting(@TempDir Path other) throws Exception {
        DemoCompany small = DemoDatabaseGenerator.writeCompany(other.resolve("small.db"), 500, 2_000);
        assertTrue(count(small, "SELECT COUNT(*) FROM F_DOCLIGNE") >= 500);
        assertTrue(count(small, "SELECT COUNT(*) FROM F_DOCLIGNE") < 520);
        assertTrue(count(small, "SELECT COUNT(*) FROM F_ECRITUREC") >= 2_000);
        assertTrue(count(small, "SELECT COUNT(*) FROM F_ECRITUREC") < 2_300);
    }
}
