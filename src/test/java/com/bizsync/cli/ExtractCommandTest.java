package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.views.SageTestData;
import com.bizsync.views.TestVectorExpectation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command end to end, through Main as a user runs it. */
class ExtractCommandTest {
    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void english() {
        com.bizsync.i18n.Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void french() {
        com.bizsync.i18n.Messages.setLocale(Locale.FRENCH);
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "--home";
            all[1] = folder.resolve("home").toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int exit = Main.run(all);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertOneLineError(Run r, String... fragments) {
        assertNotEquals(0, r.exit());
        assertEquals("", r.out(), "nothing on standard output");
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        for (String f : fragments) {
            assertTrue(err.contains(f), () -> "'" + f + "' missing from: " + err);
        }
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    }

    @Test
    void printsTheViewsOfTheTestVectorAsJson() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        Run r = run("extract", "--db", db.toString(), "--as-of", "2024-06-15");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = SageTestData.parse(r.out());
        assertTrue(SageTestData.sameJson(SageTestData.parse(TestVectorExpectation.JSON), json), r.out());
        assertTrue(json.at("/views/top5_sales_reps_month/rows/0/code").isTextual(), "codes are strings");
        assertTrue(r.out().matches("(?s).*\"month\" : 100\\.00.*"), "amounts carry at most 2 decimals");
    }

    @Test
    void acceptsAJdbcUrlAndRevenuePrefixes() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        Run r = run("extract", "--db", "jdbc:sqlite:" + db, "--as-of", "2024-06-15", "--revenue-prefix", "701");
        assertEquals(0, r.exit(), r.err());
        // 706000 (cash sale 50) is no longer revenue with prefix 701: 200 − 50.
        assertEquals(0, SageTestData.parse(r.out()).at("/views/accounting_revenue/month").decimalValue()
                .compareTo(new java.math.BigDecimal("150")));
    }

    @Test
    void acceptsTheCompanyOptionsAsFlags() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        Run r = run("extract", "--db", db.toString(), "--as-of", "2024-06-15", "--cash-prefix", "530");
        assertEquals(0, r.exit(), r.err());
        // Of the bank (1300) and the cash box (60), only the cash box starts with 530.
        JsonNode cash = SageTestData.parse(r.out()).at("/views/cash_position");
        assertEquals(1, cash.path("rows").size(), cash.toString());
        assertEquals("530000", cash.at("/rows/0/code").asText());
        assertEquals(0, cash.path("total").decimalValue().compareTo(new java.math.BigDecimal("60")));
        assertOneLineError(run("extract", "--db", db.toString(), "--as-of", "2024-06-15", "--item-statistic", "9"), "9");
    }

    @Test
    void aFileThatIsNotASageDatabaseIsOneSentence() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INT)");
        }
        assertOneLineError(run("extract", "--db", file.toString()), "not a Sage 100 database");
        Path text = Files.writeString(folder.resolve("readme.txt"), "plain text");
        assertOneLineError(run("extract", "--db", text.toString()), "not a SQLite database");
        assertOneLineError(run("extract", "--db", folder.resolve("missing.db").toString()), "does not exist");
    }

    @Test
    void theMissingTableOrColumnIsNamed() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE F_DOCLIGNE DROP COLUMN DL_PieceBC");
        }
        assertOneLineError(run("extract", "--db", db.toString(), "--as-of", "2024-06-15"), "F_DOCLIGNE", "DL_PieceBC");
        // A statistical field chosen as customer group is checked like the other columns.
        Path stats = SageTestData.testVectorFile(Files.createDirectories(folder.resolve("stats")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + stats); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE F_COMPTET DROP COLUMN CT_Statistique03");
        }
        assertOneLineError(run("extract", "--db", stats.toString(), "--as-of", "2024-06-15", "--customer-statistic", "3"),
                "F_COMPTET", "CT_Statistique03");
        Path other = SageTestData.testVectorFile(Files.createDirectories(folder.resolve("other")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("DROP TABLE F_JOURNAUX");
        }
        assertOneLineError(run("extract", "--db", other.toString(), "--as-of", "2024-06-15"), "F_JOURNAUX");
    }

    @Test
    void anInvalidAsOfDayIsOneSentence() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        assertOneLineError(run("extract", "--db", db.toString(), "--as-of", "2024-02-30"), "2024-02-30");
    }

    @Test
    void aDatabaseWithoutFiscalYearIsOneSentence() throws Exception {
        Path db = SageTestData.testVectorFile(folder);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE P_DOSSIER SET D_DebutExo01 = NULL, D_FinExo01 = NULL,"
                    + " D_DebutExo02 = '1900-01-01 00:00:00', D_FinExo02 = '1900-01-01 00:00:00'");
        }
        assertOneLineError(run("extract", "--db", db.toString(), "--as-of", "2024-06-15"), "no fiscal year");
    }

    @Test
    void anUnreachableSqlServerIsOneSentenceWithinFifteenSeconds() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long started = System.nanoTime();
        Run r = run("extract", "--db", "jdbc:jtds:sqlserver://127.0.0.1:" + closedPort + "/x", "--user", "sa");
        assertTrue((System.nanoTime() - started) / 1_000_000_000L < 15);
        assertOneLineError(r, "does not answer");
    }

    @Test
    void anUnknownPasswordVariableIsOneSentence() {
        assertOneLineError(run("extract", "--db", "jdbc:jtds:sqlserver://127.0.0.1/x", "--user", "sa",
                "--password-env", "BIZSYNC_SURELY_UNSET_VARIABLE"), "BIZSYNC_SURELY_UNSET_VARIABLE");
    }
}
