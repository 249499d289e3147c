package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.UserError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company's extraction options (docs/views.md, « Paramètres »): each on a small real SQLite
 * company, with the default's figures next to the option's, both computed by hand.
 */
class ExtractionOptionsTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    @TempDir
    Path folder;

    private static String top(Extraction x, ViewId id) {
        return ((TopList) x.view(id).orElseThrow()).rows().stream()
                .map(r -> r.code() + "(" + r.label() + ")=" + r.amount().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" "));
    }

    private static String cash(Extraction x) {
        CashPosition cash = (CashPosition) x.view(ViewId.CASH_POSITION).orElseThrow();
        return cash.rows().stream().map(r -> r.code() + "=" + r.amount().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" ")) + " total=" + cash.total().stripTrailingZeros().toPlainString();
    }

    private static ExtractOptions options(ExtractionSettings company) {
        return ExtractOptions.defaults(AS_OF).with(company);
    }

    /** Four customers: CL001 Lyon (category 1), CL002 Tours (2), CL003 Lyon (2), CL004 no city (1). */
    private MiniSage customersInCities() throws Exception {
        MiniSage db = new MiniSage(folder).sql("""
                UPDATE F_COMPTET SET CT_Statistique01 = 'Lyon' WHERE CT_Num = 'CL001';
                UPDATE F_COMPTET SET CT_Statistique01 = 'Tours' WHERE CT_Num = 'CL002';
                INSERT INTO F_COMPTET (cbMarq, CT_Num, CT_Intitule, CT_Type, CO_No, N_CatTarif, CT_Statistique01) VALUES
                 (4, 'CL003', 'Client Trois', 0, 1, 2, 'Lyon'), (5, 'CL004', 'Client Quatre', 0, 1, 1, '');
                """);
        String[][] invoices = {{"FA1", "CL001", "100"}, {"FA2", "CL002", "50"}, {"FA3", "CL003", "30"}, {"FA4", "CL004", "20"}};
        for (String[] inv : invoices) {
            db.header(6, inv[0], "2024-06-03", inv[1], 1, 0, 0)
                    .line(6, inv[0], "2024-06-03", "A1", Double.parseDouble(inv[2]), 1, "", null);
        }
        return db;
    }

    @Test
    void customersAreGroupedByTariffCategoryByDefault() throws Exception {
        Extraction x = customersInCities().extract(options(ExtractionSettings.DEFAULTS));
        // Category 1: CL001 100 + CL004 20; category 2: CL002 50 + CL003 30.
        assertEquals("1(Détaillants)=120 2(Grossistes)=80", top(x, ViewId.TOP5_CUSTOMER_CATEGORIES_MONTH));
    }

    @Test
    void customersCanBeGroupedByAStatisticalFieldWhoseValueNamesTheGroup() throws Exception {
        Extraction x = customersInCities().extract(options(new ExtractionSettings(List.of(), List.of(), 1, 0)));
        // Lyon: CL001 100 + CL003 30; Tours: CL002 50; CL004 has no city and is in no group.
        assertEquals("Lyon(Lyon)=130 Tours(Tours)=50", top(x, ViewId.TOP5_CUSTOMER_CATEGORIES_MONTH));
        assertEquals("Lyon(Lyon)=130 Tours(Tours)=50", top(x, ViewId.TOP5_CUSTOMER_CATEGORIES_YEAR));
        // The other views do not change.
        assertEquals("CL001(Client Un)=100 CL002(Client Deux)=50 CL003(Client Trois)=30 CL004(Client Quatre)=20",
                top(x, ViewId.TOP5_CUSTOMERS_MONTH));
    }

    /** Items A1 (red), A2 (blue), A3 (no colour), all of family FAM; the colour is statistical field 2. */
    private MiniSage itemsInColours() throws Exception {
        return new MiniSage(folder).sql("""
                        UPDATE F_ARTICLE SET AR_Stat02 = 'Rouge', AR_Stat01 = 'X' WHERE AR_Ref = 'A1';
                        UPDATE F_ARTICLE SET AR_Stat02 = 'Bleu' WHERE AR_Ref = 'A2';
                        INSERT INTO F_ARTICLE (cbMarq, AR_Ref, AR_Design, FA_CodeFamille) VALUES (3, 'A3', 'Article trois', 'FAM');
                        """)
                .invoice("FA1", "2024-06-03", 0, "A1", 70)
                .invoice("FA2", "2024-06-04", 0, "A2", 200)
                .invoice("FA3", "2024-06-05", 0, "A1", 60)
                .invoice("FA4", "2024-06-06", 0, "A3", 500)
                .invoice("FA5", "2024-05-06", 0, "A1", 1000);
    }

    @Test
    void itemsAreGroupedByFamilyByDefault() throws Exception {
        Extraction x = itemsInColours().extract(options(ExtractionSettings.DEFAULTS));
        assertEquals("FAM(Famille)=830", top(x, ViewId.TOP5_ITEM_FAMILIES_MONTH));
        assertEquals("FAM(Famille)=1830", top(x, ViewId.TOP5_ITEM_FAMILIES_YEAR));
    }

    @Test
    void itemsCanBeGroupedByTheChosenStatisticalField() throws Exception {
        Extraction x = itemsInColours().extract(options(new ExtractionSettings(List.of(), List.of(), 0, 2)));
        // June: Bleu 200, Rouge 70 + 60; A3 has no colour. Year: Rouge also has May's 1000.
        assertEquals("Bleu(Bleu)=200 Rouge(Rouge)=130", top(x, ViewId.TOP5_ITEM_FAMILIES_MONTH));
        assertEquals("Rouge(Rouge)=1130 Bleu(Bleu)=200", top(x, ViewId.TOP5_ITEM_FAMILIES_YEAR));
    }

    /** Bank 512000 (the treasury journal BQ1's account), cash box 530000 and transfers 580000. */
    private MiniSage bankAndCashBox() throws Exception {
        return new MiniSage(folder)
                .ledger("BQ1", "2024-06-01", 3, "512000", null, 0, 1000, 0, 0)
                .ledger("BQ1", "2024-06-01", 4, "512000", null, 1, 300, 0, 0)
                .ledger("OD", "2024-06-01", 5, "530000", null, 0, 80, 0, 0)
                .ledger("OD", "2024-06-01", 6, "580000", null, 0, 45, 0, 0)
                .ledger("OD", "2024-06-01", 20, "530000", null, 0, 9999, 0, 0);
    }

    @Test
    void cashPositionTakesTheTreasuryJournalsAccountsByDefault() throws Exception {
        assertEquals("512000=700 total=700", cash(bankAndCashBox().extract(options(ExtractionSettings.DEFAULTS))));
    }

    @Test
    void cashPositionCanTakeTheAccountsStartingWithChosenPrefixes() throws Exception {
        MiniSage db = bankAndCashBox();
        // 530000 counts 80 (the line of the 20th is after the as-of day); 580000 starts with neither prefix.
        assertEquals("530000=80 total=80",
                cash(db.extract(options(new ExtractionSettings(List.of(), List.of("53"), 0, 0)))));
        assertEquals("512000=700 530000=80 total=780",
                cash(db.extract(options(new ExtractionSettings(List.of(), List.of("512", "53"), 0, 0)))));
    }

    @Test
    void aCompanysRevenuePrefixesReplaceTheGeneralOnesAndNoneKeepsThem() throws Exception {
        MiniSage db = new MiniSage(folder)
                .ledger("VTE", "2024-06-01", 3, "701000", null, 1, 100, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "706000", null, 1, 40, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "708000", null, 1, 7, 0, 0);
        ExtractOptions general = new ExtractOptions(AS_OF, List.of("70"));
        PeriodAmounts all = (PeriodAmounts) db.extract(general.with(ExtractionSettings.DEFAULTS))
                .view(ViewId.ACCOUNTING_REVENUE).orElseThrow();
        assertEquals(0, all.month().compareTo(MiniSage.amount("147")));
        PeriodAmounts own = (PeriodAmounts) db.extract(general.with(
                new ExtractionSettings(List.of("706", "708"), List.of(), 0, 0))).view(ViewId.ACCOUNTING_REVENUE).orElseThrow();
        assertEquals(0, own.month().compareTo(MiniSage.amount("47")));
    }

    @Test
    void badOptionsAreRefusedWithASentence() {
        UserError prefix = assertThrows(UserError.class,
                () -> options(new ExtractionSettings(List.of(), List.of("5%"), 0, 0)));
        assertTrue(prefix.getMessage().contains("5%"), prefix.getMessage());
        assertThrows(UserError.class, () -> new ExtractionSettings(List.of(), List.of(), 11, 0));
        assertThrows(UserError.class, () -> new ExtractionSettings(List.of(), List.of(), 0, 6));
    }
}
