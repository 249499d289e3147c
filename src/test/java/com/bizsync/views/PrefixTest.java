package com.bizsync.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Account prefixes: the cheap range bound, and exact matching whatever the last character. */
class PrefixTest {
    @TempDir
    Path folder;

    @Test
    void upperBoundsCarryOverNines() {
        assertEquals("71", Prefix.upperBound("70"));
        assertEquals("8", Prefix.upperBound("79"));
        assertEquals("71", Prefix.upperBound("709"));
        assertNull(Prefix.upperBound("9"));
        assertEquals("4B", Prefix.upperBound("4A"));
    }

    @Test
    void prefixesEndingWithNineMatchExactly() throws Exception {
        Extraction x = new MiniSage(folder)
                .ledger("VTE", "2024-06-01", 3, "709000", null, 0, 10, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "7099", null, 0, 1, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "70A000", null, 1, 500, 0, 0)
                .ledger("VTE", "2024-06-01", 3, "71", null, 1, 700, 0, 0)
                .extract(new ExtractOptions(LocalDate.of(2024, 6, 15), List.of("709")));
        PeriodAmounts revenue = (PeriodAmounts) x.view(ViewId.ACCOUNTING_REVENUE).orElseThrow();
        assertEquals(0, revenue.month().compareTo(new java.math.BigDecimal("-11")));
    }
}
