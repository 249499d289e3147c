package com.bizsync.cli;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.demo.DemoCompany;
import com.bizsync.engine.Cancellation;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.ProgressListener;
import com.bizsync.platform.PasswordHashes;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.platform.SqlitePlatformStorage;
import com.bizsync.publish.PlatformClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.bizsync.settings.Company;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.views.ViewId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.Stream;

/**
 * Publishes many demo companies, with every view, to a local platform through the real engine
 * (settings store, extraction, gzip, HTTP) and reports the time taken and the bytes sent.
 * Targets: 100 companies in 10 s or less, one snapshot 20 KB or less once compressed.
 */
final class PublishBenchmark {
    static final double TARGET_SECONDS = 10.0;
    static final long TARGET_BYTES = 20 * 1024;
    private static final String CUSTOMER = "BENCH";
    private static final String PASSWORD = "bench-password";

    private PublishBenchmark() {
    }

    /** @return true when both targets are met */
    static boolean run(int companyCount, PrintWriter out) {
        Path work = createWorkFolder();
        try {
            List<DemoCompany> demo = DemoDatabaseGenerator.writeDemoCompanies(work.resolve("demo"));
            Path platformData = work.resolve("platform");
            try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(platformData)) {
                storage.addCustomer(CUSTOMER, "Benchmark", PasswordHashes.hash(PASSWORD.toCharArray()));
            }
            try (PlatformServer server = PlatformServer.start(PlatformConfig.defaults(platformData));
                 SqliteSettingsStore store = SqliteSettingsStore.open(work.resolve("home"))) {
                store.savePortal(new PortalSettings("http://127.0.0.1:" + server.port(), CUSTOMER, PASSWORD));
                registerCompanies(store, demo, companyCount, work.resolve("companies"));
                DefaultEngine engine = new DefaultEngine(store, Clock.systemDefaultZone());

                // A first full round, not counted: class loading and JIT compilation happen once in
                // the scheduler's or the console's long-lived process, not at every publication.
                engine.publishAll(ProgressListener.NONE, Cancellation.none());
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                List<OperationResult> results = engine.publishAll(ProgressListener.NONE, Cancellation.none());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                long failed = results.stream().filter(r -> !r.success()).count();

                // The two halves measured apart, one company after the other: extraction alone, then sending alone.
                long extractStart = System.nanoTime();
                List<ObjectNode> publications = store.companies().stream()
                        .map(c -> (ObjectNode) engine.preview(c.code())).toList();
                double extractSeconds = (System.nanoTime() - extractStart) / 1e9;
                PlatformClient client = new PlatformClient(store.portal(), store.proxy());
                long sendStart = System.nanoTime();
                LongSummaryStatistics bytes = new LongSummaryStatistics();
                for (int i = 0; i < publications.size(); i++) {
                    bytes.accept(client.publish(store.companies().get(i).code(), publications.get(i)));
                }
                double sendSeconds = (System.nanoTime() - sendStart) / 1e9;

                out.printf("publish: %d companies (all %d views each) in %.2f s = %.1f ms per company"
                                + " (%d at a time); %d failed%n",
                        companyCount, ViewId.values().length, seconds, seconds * 1000 / companyCount,
                        DefaultEngine.PARALLEL_COMPANIES, failed);
                out.printf("CPU time of the whole process (engine and platform) during it: %.2f s on %d cores;"
                                + " load average %.1f%n", cpuSeconds, Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                out.printf("apart, one at a time: extraction %.1f ms per company, sending %.1f ms per company%n",
                        extractSeconds * 1000 / companyCount, sendSeconds * 1000 / companyCount);
                out.printf("bytes sent per company (gzip): min %d, average %.0f, max %d%n",
                        bytes.getMin(), bytes.getAverage(), bytes.getMax());
                boolean timeOk = seconds <= TARGET_SECONDS * companyCount / 100.0;
                boolean sizeOk = bytes.getMax() <= TARGET_BYTES;
                out.printf("targets: %.0f s per 100 companies: %s; one snapshot <= %d KB: %s%n", TARGET_SECONDS,
                        timeOk ? "met" : "MISSED", TARGET_BYTES / 1024, sizeOk ? "met" : "MISSED");
                out.flush();
                return failed == 0 && timeOk && sizeOk;
            }
        } finally {
            deleteQuietly(work);
        }
    }

    /** CPU time of this process, all threads: unlike wall time, it does not grow with other processes' load. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Each company gets its own copy of a demo file, so every extraction reads its own database. */
    private static void registerCompanies(SqliteSettingsStore store, List<DemoCompany> demo, int count, Path folder) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                DemoCompany source = demo.get(i % demo.size());
                Path copy = folder.resolve(String.format("bench%03d.db", i));
                Files.copy(source.file(), copy);
                String code = String.format("B%03d", i);
                store.saveCompany(new Company(code, source.name() + " " + i, copy.toString(), copy.toString(),
                        EnumSet.allOf(ViewId.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createWorkFolder() {
        try {
            return Files.createTempDirectory("bizsync-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
