package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON document: shape, round trip, restriction to published views, one domain only. */
class ExtractionJsonTest {
    @TempDir
    Path folder;

    private Extraction vector() throws Exception {
        try (Connection c = SageTestData.h2TestVector()) {
            return ViewExtractor.extract(c, c, ExtractOptions.defaults(LocalDate.of(2024, 6, 15)));
        }
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        Extraction x = vector();
        String text = SageTestData.JSON.writeValueAsString(x.toJson());
        Extraction back = Extraction.fromJson(SageTestData.parse(text));
        assertEquals(x.toJson(), back.toJson());
        assertEquals(x.fiscalYear(), back.fiscalYear());
        assertEquals("EUR", back.currency());
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndRoundHalfUp() {
        TopList list = TopList.of(java.util.List.of(new TopList.Group("A", "a", new java.math.BigDecimal("1.005")),
                new TopList.Group("B", "b", new java.math.BigDecimal("-2.3349"))));
        JsonNode rows = list.toJson().get("rows");
        assertEquals("1.01", rows.get(0).get("amount").decimalValue().toPlainString());
        assertEquals("-2.33", rows.get(1).get("amount").decimalValue().toPlainString());
    }

    @Test
    void restrictToKeepsOnlyTheGivenViews() throws Exception {
        Extraction only = vector().restrictTo(EnumSet.of(ViewId.CASH_POSITION, ViewId.SALES_REVENUE));
        JsonNode views = only.toJson().get("views");
        Set<String> names = new java.util.TreeSet<>();
        for (Iterator<String> it = views.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(Set.of("cash_position", "sales_revenue"), names);
    }

    @Test
    void aMissingDomainLeavesItsViewsOut() throws Exception {
        try (Connection c = SageTestData.h2TestVector()) {
            Extraction accountingOnly = ViewExtractor.extract(c, null, ExtractOptions.defaults(LocalDate.of(2024, 6, 15)));
            assertEquals(Set.copyOf(ViewId.ofDomain(ViewId.Domain.ACCOUNTING)), accountingOnly.views().keySet());
            Extraction commercialOnly = ViewExtractor.extract(null, c, ExtractOptions.defaults(LocalDate.of(2024, 6, 15)));
            assertEquals(Set.copyOf(ViewId.ofDomain(ViewId.Domain.COMMERCIAL)), commercialOnly.views().keySet());
            assertFalse(commercialOnly.toJson().get("views").has("cash_position"));
            assertTrue(commercialOnly.toJson().get("views").has("orders_month"));
        }
    }
}
