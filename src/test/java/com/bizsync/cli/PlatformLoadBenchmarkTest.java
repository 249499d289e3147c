package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.platform.PlatformDatabase;
import com.bizsync.testing.LocalPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark on a small scale (its figures are for the README, not for a test): it runs
 * to the end on two instances, reports its figures, and its marker check tells a mixed snapshot.
 */
class PlatformLoadBenchmarkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSmallRunReportsEveryFigureAndNoMixedRead() throws Exception {
        LocalPostgres pg = LocalPostgres.shared();
        StringWriter text = new StringWriter();
        boolean clean = PlatformLoadBenchmark.run(new PlatformDatabase(pg.url(pg.createDatabase()),
                LocalPostgres.PASSWORD.toCharArray()), 6, 2, 2, 2, new PrintWriter(text));
        String out = text.toString();
        assertTrue(clean, out);
        assertTrue(out.contains("publications, round 1 (no reads): 12 in "), out);
        assertTrue(out.contains("publications, round 2 (while reading): 12 in "), out);
        assertTrue(out.matches("(?s).*reads through both instances: \\d+ in .* p50 .* ms, p99 .* ms.*"), out);
        assertTrue(out.contains("reads that saw a partial or mixed snapshot: 0 (of "), out);
        assertTrue(out.contains("failed requests: 0"), out);
    }

    @Test
    void theMarkerCheckTellsOneWholeVersionFromAMix() throws Exception {
        JsonNode whole = JSON.readTree(document(7, 7));
        assertTrue(PlatformLoadBenchmark.wholeVersion(whole));
        assertFalse(PlatformLoadBenchmark.wholeVersion(JSON.readTree(document(7, 8))), "one view of another version");
        ObjectNode missing = (ObjectNode) JSON.readTree(document(7, 7));
        ((ObjectNode) missing.get("views")).remove("top5_customers_month");
        assertFalse(PlatformLoadBenchmark.wholeVersion(missing), "a view missing");
    }

    /** The sales view at version {@code sales}, the top-5 view at version {@code top}, named v{sales}. */
    private static String document(int sales, int top) {
        StringBuilder months = new StringBuilder();
        for (int m = 1; m <= 11; m++) {
            months.append(m > 1 ? "," : "").append("{\"month\":\"2026-").append(String.format("%02d", m))
                    .append("\",\"amount\":").append(sales).append('}');
        }
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 5; r++) {
            rows.append(r > 1 ? "," : "").append("{\"rank\":").append(r).append(",\"amount\":").append(top).append('}');
        }
        return "{\"company\":{\"name\":\"v" + sales + "\"},\"views\":{\"sales_revenue\":{\"month\":" + sales
                + ",\"year\":" + sales + ",\"byMonth\":[" + months + "]},\"top5_customers_month\":{\"rows\":["
                + rows + "]}}}";
    }
}
