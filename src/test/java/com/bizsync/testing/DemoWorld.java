package com.bizsync.testing;

import com.bizsync.cli.DemoSetup;
import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.demo.DemoCompany;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.publish.ClientTuning;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SqliteSettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything real, as the demo sets it up: the demo Sage company files, the platform on
 * 127.0.0.1 with the DEMO customer, the SQLite settings store filled by the demo (companies with
 * every view, the family, the users {@code direction} and {@code commercial}), and the engine.
 */
public final class DemoWorld implements AutoCloseable {
    /** Short waits between attempts: the retry policy is the same, only faster. */
    public static final ClientTuning FAST = ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(50))
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));

    public final Path root;
    public final List<DemoCompany> companies;
    public final LocalPlatform platform;
    public final SqliteSettingsStore store;
    public final DefaultEngine engine;
    public final MobileReader phone;

    private DemoWorld(Path root, java.util.function.UnaryOperator<com.bizsync.platform.PlatformConfig> platformTuning) {
        this.root = root;
        this.companies = demoCopies(root.resolve("demo"));
        this.platform = LocalPlatform.start(root.resolve("platform"), DemoSetup.CUSTOMER, DemoSetup.CUSTOMER_PASSWORD,
                platformTuning);
        this.store = SqliteSettingsStore.open(root.resolve("home"));
        DemoSetup.fillSettings(store, platform.url(), companies);
        this.engine = new DefaultEngine(store, Clock.systemUTC(), () -> DemoDatabaseGenerator.REFERENCE_DAY, FAST);
        this.phone = new MobileReader(platform.url());
    }

    private static List<DemoCompany> template;

    /**
     * The demo files are generated once per test run (a few seconds each) and copied for each
     * test, so a test can change its own copy without affecting the others.
     */
    private static synchronized List<DemoCompany> demoCopies(Path folder) {
        try {
            if (template == null) {
                // Under target/ so that the build cleans it; each test run writes it again.
                template = DemoDatabaseGenerator.writeDemoCompanies(Path.of("target", "test-demo-template"));
            }
            Files.createDirectories(folder);
            List<DemoCompany> copies = new ArrayList<>();
            for (DemoCompany company : template) {
                Path copy = folder.resolve(company.file().getFileName());
                Files.copy(company.file(), copy);
                copies.add(new DemoCompany(company.code(), company.name(), copy));
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DemoWorld create(Path root) {
        return new DemoWorld(root, config -> config);
    }

    /** With the platform configured otherwise (on a PostgreSQL database, say). */
    public static DemoWorld create(Path root,
                                   java.util.function.UnaryOperator<com.bizsync.platform.PlatformConfig> platformTuning) {
        return new DemoWorld(root, platformTuning);
    }

    public String code(int index) {
        return companies.get(index).code();
    }

    public String directionToken(String company) {
        return phone.token(DemoSetup.CUSTOMER, company, DemoSetup.DIRECTION, DemoSetup.DIRECTION_PASSWORD);
    }

    public String commercialToken(String company) {
        return phone.token(DemoSetup.CUSTOMER, company, DemoSetup.COMMERCIAL, DemoSetup.COMMERCIAL_PASSWORD);
    }

    /** Journal rows, newest first. */
    public List<JournalEntry> journal() {
        return store.journal(SettingsStore.JournalFilter.ALL);
    }

    @Override
    public void close() {
        platform.close();
        store.close();
    }
}
