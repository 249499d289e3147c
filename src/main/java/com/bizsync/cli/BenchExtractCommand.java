package com.bizsync.cli;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.ViewExtractor;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bizsync bench extract}: extraction time of every view on a big demo company, compared
 * with one plain full scan of the document lines and of the ledger (target: ratio ≤ 8 for the
 * whole {@code extract} command, docs/views.md). The extraction reads the ledger and the lines
 * on two connections at once, as {@code extract} does; its CPU time is the whole process's. The
 * last rows time the whole {@code extract} command and both scans by the {@code sqlite3} shell,
 * each as a child process (the target's measure).
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N")
    int lines = 1_000_000;

    @Option(names = "--ledger-lines", paramLabel = "M")
    int ledgerLines = 2_000_000;

    @Option(names = "--db", paramLabel = "FILE")
    Path db;

    @Option(names = "--runs", paramLabel = "R")
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
        SourceSpec source = SourceSpec.of(file.toString(), null, null);
        try (Connection c = SourceConnector.open(source); Connection lines = SourceConnector.open(source)) {
            out.printf(Locale.ROOT, "Database: %s (%,d document lines, %,d ledger lines)%n", file,
                    count(c, "F_DOCLIGNE"), count(c, "F_ECRITUREC"));
            // One untimed pass of each warms the page cache, so both sides are measured alike.
            ViewExtractor.extract(c, lines, options);
            scan(c);
            Timing extract = null;
            Timing docScan = null;
            Timing ledgerScan = null;
            Extraction last = null;
            for (int i = 0; i < Math.max(1, runs); i++) {
                Timing t = Timing.startProcess();
                last = ViewExtractor.extract(c, lines, options);
                extract = Timing.best(extract, t.stop());
                Timing[] s = scan(c);
                docScan = Timing.best(docScan, s[0]);
                ledgerScan = Timing.best(ledgerScan, s[1]);
            }
            out.printf(Locale.ROOT, "%-34s %8s %8s%n", "", "wall s", "cpu s");
            out.printf(Locale.ROOT, "%-34s %8.3f %8.3f%n", "Extraction of " + last.views().size() + " views",
                    extract.wall, extract.cpu);
            out.printf(Locale.ROOT, "%-34s %8.3f %8.3f%n", "SUM(DL_MontantHT) FROM F_DOCLIGNE", docScan.wall, docScan.cpu);
            out.printf(Locale.ROOT, "%-34s %8.3f %8.3f%n", "SUM(EC_Montant) FROM F_ECRITUREC", ledgerScan.wall,
                    ledgerScan.cpu);
            out.printf(Locale.ROOT, "%-34s %8.2f %8.2f%n", "Ratio extraction / both scans",
                    extract.wall / (docScan.wall + ledgerScan.wall), extract.cpu / (docScan.cpu + ledgerScan.cpu));
            out.flush();
            // The target compares processes: the whole command against both scans by the sqlite3
            // shell (docs/views.md), each started afresh, the best of the runs.
            double command = best(extractCommand(file, options));
            out.printf(Locale.ROOT, "%-34s %8.3f%n", "Whole extract command (JVM start)", command);
            if (onPath("sqlite3")) {
                double shell = best(List.of("sqlite3", file.toString(),
                        "SELECT SUM(DL_MontantHT) FROM F_DOCLIGNE; SELECT SUM(EC_Montant) FROM F_ECRITUREC;"));
                out.printf(Locale.ROOT, "%-34s %8.3f%n", "Both scans by the sqlite3 shell", shell);
                out.printf(Locale.ROOT, "%-34s %8.2f%n", "Ratio whole command / sqlite3", command / shell);
            } else {
                out.printf(Locale.ROOT, "%-34s %s%n", "Both scans by the sqlite3 shell", "(no sqlite3 on the PATH)");
            }
        }
        out.flush();
        return 0;
    }

    /**
     * {@code extract} as a user runs it, JVM start included (the target's measure): through the
     * launcher that started this command ({@code BIZSYNC_LAUNCHER}, set by {@code ./bizsync} and
     * the installed {@code bizsync}, with their class-data archive and JVM options), else this
     * JVM's class path.
     */
    private static List<String> extractCommand(Path file, ExtractOptions options) {
        List<String> command = new ArrayList<>();
        String launcher = System.getenv("BIZSYNC_LAUNCHER");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            command.add(launcher);
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        String home = System.getProperty("bizsync.home");
        if (home != null && !home.isBlank()) {
            command.addAll(List.of("--home", home));
        }
        command.addAll(List.of("extract", "--db", file.toString(), "--as-of", options.asOf().toString()));
        return command;
    }

    /** Best wall time of a command over the runs, after one untimed run (as the in-process figures). */
    private double best(List<String> command) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= Math.max(1, runs); i++) {
            long start = System.nanoTime();
            runToEnd(command);
            if (i > 0) {
                best = Math.min(best, seconds(System.nanoTime() - start));
            }
        }
        return best;
    }

    /** Whether {@code tool} is an executable in a folder of the PATH (the benchmark's and its test's check). */
    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, tool)));
    }

    private static void runToEnd(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("ran for more than 10 minutes: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("ended with exit code " + process.exitValue() + ": " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Timing[] scan(Connection c) throws SQLException {
        Timing doc = Timing.start();
        single(c, "SELECT SUM(DL_MontantHT) FROM F_DOCLIGNE");
        doc = doc.stop();
        Timing ledger = Timing.start();
        single(c, "SELECT SUM(EC_Montant) FROM F_ECRITUREC");
        return new Timing[] {doc, ledger.stop()};
    }

    /**
     * Wall-clock and thread CPU seconds. SQLite runs inside this thread, so CPU time measures
     * the work itself even when other processes share the machine; the best of the runs is kept.
     */
    private record Timing(boolean process, long wallStart, long cpuStart, double wall, double cpu) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        static Timing start() {
            return new Timing(false, System.nanoTime(), THREADS.getCurrentThreadCpuTime(), 0, 0);
        }

        /** CPU of every thread of the process (the extraction runs on two). */
        static Timing startProcess() {
            return new Timing(true, System.nanoTime(), OS.getProcessCpuTime(), 0, 0);
        }

        Timing stop() {
            long cpuNow = process ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
            return new Timing(process, wallStart, cpuStart, seconds(System.nanoTime() - wallStart),
                    seconds(cpuNow - cpuStart));
        }

        static Timing best(Timing a, Timing b) {
            return a == null || b.wall < a.wall ? b : a;
        }
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
