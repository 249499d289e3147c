package com.bizsync.cli;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.ViewExtractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bizsync bench extract}: extraction time of every view on a big demo company, compared
 * with one plain full scan of the document lines and of the ledger (target: ratio ≤ 2).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Times the extraction of all views against plain full scans of the big tables.")
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N", description = "Document lines (default: ${DEFAULT-VALUE}).")
    int lines = 1_000_000;

    @Option(names = "--ledger-lines", paramLabel = "M", description = "Ledger lines (default: ${DEFAULT-VALUE}).")
    int ledgerLines = 2_000_000;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Benchmark database, built once and reused (default: bench-<N>-<M>.db in the temp folder).")
    Path db;

    @Option(names = "--runs", paramLabel = "R", description = "Timed runs, the best is kept (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"),
                "bizsync-bench-" + lines + "-" + ledgerLines + ".db");
        if (!Files.isRegularFile(file)) {
            out.printf("Building %s (%,d document lines, %,d ledger lines)…%n", file, lines, ledgerLines);
            out.flush();
            long t = System.nanoTime();
            DemoDatabaseGenerator.writeCompany(file, lines, ledgerLines);
            out.printf(Locale.ROOT, "Built in %.1f s%n", seconds(System.nanoTime() - t));
        }
        ExtractOptions options = ExtractOptions.defaults(DemoDatabaseGenerator.REFERENCE_DAY);
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null))) {
            out.printf(Locale.ROOT, "Database: %s (%,d document lines, %,d ledger lines)%n", file,
                    count(c, "F_DOCLIGNE"), count(c, "F_ECRITUREC"));
            // One untimed pass of each warms the page cache, so both sides are measured alike.
            ViewExtractor.extract(c, c, options);
            scan(c);
            double extract = Double.MAX_VALUE;
            double scans = Double.MAX_VALUE;
            double docScan = 0;
            double ledgerScan = 0;
            Extraction last = null;
            for (int i = 0; i < Math.max(1, runs); i++) {
                long t = System.nanoTime();
                last = ViewExtractor.extract(c, c, options);
                extract = Math.min(extract, seconds(System.nanoTime() - t));
                double[] s = scan(c);
                if (s[0] + s[1] < scans) {
                    scans = s[0] + s[1];
                    docScan = s[0];
                    ledgerScan = s[1];
                }
            }
            out.printf(Locale.ROOT, "Extraction of %d views:        %.3f s%n", last.views().size(), extract);
            out.printf(Locale.ROOT, "Full scan F_DOCLIGNE:          %.3f s%n", docScan);
            out.printf(Locale.ROOT, "Full scan F_ECRITUREC:         %.3f s%n", ledgerScan);
            out.printf(Locale.ROOT, "Ratio extraction / scans:      %.2f (target <= 2)%n", extract / scans);
        }
        out.flush();
        return 0;
    }

    private static double[] scan(Connection c) throws SQLException {
        long t = System.nanoTime();
        single(c, "SELECT SUM(DL_MontantHT) FROM F_DOCLIGNE");
        double doc = seconds(System.nanoTime() - t);
        t = System.nanoTime();
        single(c, "SELECT SUM(EC_Montant) FROM F_ECRITUREC");
        return new double[] {doc, seconds(System.nanoTime() - t)};
    }

    private static long count(Connection c, String table) throws SQLException {
        return ((Number) single(c, "SELECT COUNT(*) FROM " + table)).longValue();
    }

    private static Object single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
