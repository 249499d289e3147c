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
import com.bizsync.publish.PublicationBody;
import com.bizsync.settings.Company;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.views.ViewId;
import java.io.IOException;
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

                // One company first so that class loading and JIT warm-up are not counted.
                engine.publish(store.companies().get(0).code(), ProgressListener.NONE, Cancellation.none());
                long start = System.nanoTime();
                List<OperationResult> results = engine.publishAll(ProgressListener.NONE, Cancellation.none());
                double seconds = (System.nanoTime() - start) / 1e9;
                long failed = results.stream().filter(r -> !r.success()).count();

                LongSummaryStatistics bytes = store.companies().stream()
                        .mapToLong(c -> PublicationBody.gzip(engine.preview(c.code())).length)
                        .summaryStatistics();
                out.printf("publish: %d companies (all %d views each) in %.2f s = %.1f ms per company; %d failed%n",
                        companyCount, ViewId.values().length, seconds, seconds * 1000 / companyCount, failed);
                out.printf("bytes sent per company (gzip): min %d, average %.0f, max %d%n",
                        bytes.getMin(), bytes.getAverage(), bytes.getMax());
                boolean timeOk = companyCount < 100 || seconds <= TARGET_SECONDS * companyCount / 100.0;
                boolean sizeOk = bytes.getMax() <= TARGET_BYTES;
                out.printf("targets: 100 companies <= %.0f s: %s; one snapshot <= %d KB: %s%n", TARGET_SECONDS,
                        timeOk ? "met" : "MISSED", TARGET_BYTES / 1024, sizeOk ? "met" : "MISSED");
                out.flush();
                return failed == 0 && timeOk && sizeOk;
            }
        } finally {
            deleteQuietly(work);
        }
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

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
