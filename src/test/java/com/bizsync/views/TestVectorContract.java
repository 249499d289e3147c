package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The research note's §12 test vector, extracted at 2024-06-15, against the full expected table
 * (every view, month and year). Subclasses run it on SQLite, on H2 in SQL Server mode, and on a
 * real SQL Server when one is configured, to prove the SQL text is the same everywhere.
 */
abstract class TestVectorContract {
    static final String EXPECTED = TestVectorExpectation.JSON;

    /** The database holding the test vector; the same connection serves both domains. */
    abstract Connection connection() throws Exception;

    @Test
    void everyViewMatchesTheHandComputedTable() throws Exception {
        Extraction extraction = ViewExtractor.extract(connection(), connection(),
                ExtractOptions.defaults(LocalDate.of(2024, 6, 15)));
        JsonNode expected = SageTestData.parse(EXPECTED);
        JsonNode actual = extraction.toJson();
        assertTrue(SageTestData.sameJson(expected, actual),
                () -> "expected\n" + expected.toPrettyString() + "\nactual\n" + actual.toPrettyString());
    }

    @Test
    void theCompanyOptionsReadTheSameEverywhere() throws Exception {
        Extraction extraction = ViewExtractor.extract(connection(), connection(), ExtractOptions.defaults(
                LocalDate.of(2024, 6, 15)).with(new ExtractionSettings(java.util.List.of(), java.util.List.of("530"), 1, 1)));
        JsonNode views = extraction.toJson().path("views");
        // Of the bank (1300) and the cash box (60), only the cash box starts with 530.
        assertEquals(1, views.at("/cash_position/rows").size(), views.path("cash_position").toString());
        assertEquals("530000", views.at("/cash_position/rows/0/code").asText());
        assertEquals(0, views.at("/cash_position/total").decimalValue().compareTo(new java.math.BigDecimal("60")));
        // The test vector's statistical fields are empty: no customer and no item is in a group.
        assertEquals(0, views.at("/top5_customer_categories_year/rows").size());
        assertEquals(0, views.at("/top5_item_families_year/rows").size());
        assertEquals(2, views.at("/top5_customers_year/rows").size(), "the other views do not change");
    }

    @Test
    void amountsAreWrittenWithAtMostTwoDecimals() throws Exception {
        Extraction extraction = ViewExtractor.extract(connection(), connection(),
                ExtractOptions.defaults(LocalDate.of(2024, 6, 15)));
        String text = extraction.toJson().toString();
        assertTrue(text.contains("\"year\":400.00"), text);
        assertEquals(17, extraction.views().size());
    }
}
