package com.bizsync.demo;

import com.bizsync.demo.DemoLedger.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds demo Sage 100 companies as SQLite files with Sage's tables (research note §11) and
 * deterministic content around a reference day: two fiscal years (one company three, July–June)
 * the last of which holds the reference day, hundreds of
 * customers and items, every sales document type, a balanced ledger coherent with the invoices,
 * opening, situation and IFRS-only entries, and lines dated after the reference day.
 */
public final class DemoDatabaseGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDatabaseGenerator.class);

    /**
     * The day the tests' demo data is built around (fiscal years 2025 and 2026, 2024–2027 from
     * July): the figures the tests write by hand are extracted then. A user's demo is built around
     * today instead, so that it keeps working after these years.
     */
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 22);
    /** Documents and entries go this many days past the reference day (future-dated lines). */
    static final int FUTURE_DAYS = 40;
    public static final int DEFAULT_DOCUMENT_LINES = 8_000;
    public static final int DEFAULT_LEDGER_LINES = 16_000;

    private static final DateTimeFormatter SQLITE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd 00:00:00");

    /** The three demo companies, their fiscal years placed around {@code referenceDay}. */
    static List<DemoProfile> profiles(LocalDate referenceDay) {
        return List.of(
                DemoProfile.around(referenceDay, "BIJOU", "Bijoux Lumière SARL", "41234567800017", 20_261_122L,
                        Month.JANUARY, 2, DemoProfile.JEWELLERY),
                DemoProfile.around(referenceDay, "ORFEV", "Orfèvrerie du Rhône SAS", "52345678900025", 20_261_123L,
                        Month.JANUARY, 2, DemoProfile.SILVERWARE),
                DemoProfile.around(referenceDay, "CAVES", "Caves de Loire SA", "63456789000031", 20_261_124L,
                        Month.JULY, 3, DemoProfile.WINE));
    }

    private DemoDatabaseGenerator() {
    }

    /** The three demo companies, default size, around {@link #REFERENCE_DAY}, written (replaced) in {@code folder}. */
    public static List<DemoCompany> writeDemoCompanies(Path folder) {
        return writeDemoCompanies(folder, DEFAULT_DOCUMENT_LINES, DEFAULT_LEDGER_LINES);
    }

    public static List<DemoCompany> writeDemoCompanies(Path folder, int documentLines, int ledgerLines) {
        return writeDemoCompanies(folder, documentLines, ledgerLines, REFERENCE_DAY);
    }

    /** The three demo companies, default size, with data up to {@code referenceDay} (a user's demo: today). */
    public static List<DemoCompany> writeDemoCompaniesAround(Path folder, LocalDate referenceDay) {
        return writeDemoCompanies(folder, DEFAULT_DOCUMENT_LINES, DEFAULT_LEDGER_LINES, referenceDay);
    }

    private static List<DemoCompany> writeDemoCompanies(Path folder, int documentLines, int ledgerLines,
                                                        LocalDate referenceDay) {
        List<DemoCompany> companies = new ArrayList<>();
        for (DemoProfile profile : profiles(referenceDay)) {
            Path file = folder.resolve(profile.code() + ".db");
            generate(file, profile, documentLines, ledgerLines);
            companies.add(new DemoCompany(profile.code(), profile.name(), file));
        }
        return companies;
    }

    /** One company file of the given size (the benchmark builds a big one with the first profile). */
    public static DemoCompany writeCompany(Path file, int documentLines, int ledgerLines) {
        DemoProfile profile = profiles(REFERENCE_DAY).get(0);
        generate(file, profile, documentLines, ledgerLines);
        return new DemoCompany(profile.code(), profile.name(), file);
    }

    static void generate(Path file, DemoProfile profile, int documentLines, int ledgerLines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                // Generation only: a crash leaves a file we delete and rebuild anyway.
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            SageDdl.create(c);
            fill(c, profile, documentLines, ledgerLines);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot build demo company " + file, e);
        }
        LOG.info("Demo company {} built in {} ms", file, (System.nanoTime() - started) / 1_000_000);
    }

    private static void fill(Connection c, DemoProfile profile, int documentLines, int ledgerLines)
            throws SQLException {
        Random rng = new Random(profile.seed());
        DemoReferenceData data = new DemoReferenceData();
        data.write(c, profile, rng);
        LocalDate lastDay = profile.referenceDay().plusDays(FUTURE_DAYS);
        try (DemoLedger ledger = new DemoLedger(c, profile.fiscalYearStarts())) {
            openingOfOldestYear(ledger, data, profile.firstDay(), rng);
            try (DemoSales sales = new DemoSales(c, rng, data, ledger, profile.firstDay(), profile.referenceDay(),
                    lastDay)) {
                sales.generate(documentLines);
                new DemoLedgerFiller(ledger, data, rng, profile.firstDay(), lastDay, sales.invoicedCents())
                        .fill(ledgerLines);
            }
            entriesThatDoNotCount(ledger, data, profile, rng);
            ledger.writeLaterOpenings();
        }
    }

    /** The opening balances of the oldest fiscal year, and the collection of the old receivables. */
    private static void openingOfOldestYear(DemoLedger ledger, DemoReferenceData data, LocalDate start, Random rng)
            throws SQLException {
        List<Line> lines = new ArrayList<>();
        long debits = 0;
        long credits = 0;
        lines.add(Line.debit("512000", null, 4_850_000));
        lines.add(Line.debit("512100", null, 1_230_000));
        lines.add(Line.debit("530000", null, 85_000));
        debits += 4_850_000 + 1_230_000 + 85_000;
        List<Line> receivables = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long cents = 30_000 + rng.nextInt(770_000);
            Line l = Line.debit("411000", data.customers.get(i * 7).code(), cents);
            lines.add(l);
            receivables.add(l);
            debits += cents;
        }
        for (int i = 0; i < 10; i++) {
            long cents = 50_000 + rng.nextInt(550_000);
            lines.add(Line.credit("401000", data.suppliers.get(i), cents));
            credits += cents;
        }
        lines.add(Line.credit("164000", null, 3_000_000));
        credits += 3_000_000;
        lines.add(Line.credit("101000", null, debits - credits));
        ledger.opening("RAN", start, "Soldes d'ouverture", true, lines.toArray(Line[]::new));
        for (Line r : receivables) {
            LocalDate paid = start.plusDays(5 + rng.nextInt(50));
            ledger.entry("BQ1", paid, "ANC", "Règlement " + r.thirdParty(), Line.debit("512000", null, r.debitCents()),
                    Line.credit("411000", r.thirdParty(), r.debitCents()));
        }
    }

    /** Situation-journal simulations and IFRS-only restatements: present, never counted. */
    private static void entriesThatDoNotCount(DemoLedger ledger, DemoReferenceData data, DemoProfile profile,
                                              Random rng) throws SQLException {
        for (int i = 0; i < 6; i++) {
            LocalDate day = DemoReferenceData.randomDay(profile.firstDay(), profile.referenceDay(), rng);
            String customer = data.customers.get(rng.nextInt(data.customers.size())).code();
            ledger.entryNotInBalances("SIT", day, "SIM", "Simulation de clôture", 0,
                    Line.debit("411000", customer, 9_999_900), Line.credit("707000", null, 9_999_900));
            ledger.entryNotInBalances("OD", day, "IFRS", "Retraitement IFRS", 1,
                    Line.debit("512000", null, 5_000_000), Line.credit("706000", null, 5_000_000));
        }
        LocalDate thisMonth = profile.referenceDay().withDayOfMonth(2);
        ledger.entryNotInBalances("SIT", thisMonth, "SIM", "Simulation du mois", 0,
                Line.debit("530000", null, 7_777_700), Line.credit("707000", null, 7_777_700));
        ledger.entryNotInBalances("OD", thisMonth, "IFRS", "Retraitement IFRS du mois", 1,
                Line.debit("512000", null, 3_333_300), Line.credit("707000", null, 3_333_300));
    }

    /** A day as Sage-in-SQLite stores it. */
    static String text(LocalDate day) {
        return SQLITE_DATE.format(day);
    }
}
