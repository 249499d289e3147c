package com.bizsync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.views.SageSchema;
import com.bizsync.views.SageTestData;
import com.bizsync.views.ViewId.Domain;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening company databases: read-only, never creating files, one clear sentence per failure. */
class SourceConnectorTest {
    @TempDir
    Path folder;

    @Test
    void aMissingSqliteFileIsReportedAndNotCreated() {
        Path missing = folder.resolve("nope.db");
        UserError e = assertThrows(UserError.class, () -> SourceConnector.open(SourceSpec.of(missing.toString(), null, null)));
        assertEquals("source.fileMissing", e.key());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing), "opening must never create the file");
        assertThrows(UserError.class, () -> SourceConnector.open(SourceSpec.of("jdbc:sqlite:" + missing, null, null)));
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNotSqliteIsReported() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.db"), "hello, not a database");
        UserError e = assertThrows(UserError.class, () -> SourceConnector.open(SourceSpec.of(text.toString(), null, null)));
        assertEquals("source.notSqlite", e.key());
    }

    @Test
    void sqliteFilesAreOpenedReadOnly() throws Exception {
        Path file = SageTestData.testVectorFile(folder);
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null));
             Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.execute("DELETE FROM F_DOCLIGNE"));
            assertThrows(SQLException.class, () -> st.execute("CREATE TABLE X (a INT)"));
        }
    }

    @Test
    void aDatabaseWithoutSageTablesIsNotASageDatabase() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INT)");
        }
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null))) {
            UserError e = assertThrows(UserError.class,
                    () -> SageSchema.verify(c, EnumSet.allOf(Domain.class), file.toString()));
            assertEquals("source.notSage", e.key());
        }
    }

    @Test
    void theMissingTableAndTheMissingColumnAreNamed() throws Exception {
        Path file = SageTestData.testVectorFile(folder);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE F_FAMILLE");
        }
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null))) {
            UserError e = assertThrows(UserError.class,
                    () -> SageSchema.verify(c, EnumSet.allOf(Domain.class), "vector.db"));
            assertEquals("source.missingTable", e.key());
            assertTrue(e.getMessage().contains("F_FAMILLE"), e.getMessage());
            // The accounting views do not need F_FAMILLE.
            SageSchema.verify(c, EnumSet.of(Domain.ACCOUNTING), "vector.db");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE F_ECRITUREC DROP COLUMN EC_Norme");
        }
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null))) {
            UserError e = assertThrows(UserError.class,
                    () -> SageSchema.verify(c, EnumSet.of(Domain.ACCOUNTING), "vector.db"));
            assertEquals("source.missingColumn", e.key());
            assertTrue(e.getMessage().contains("EC_Norme") && e.getMessage().contains("F_ECRITUREC"), e.getMessage());
        }
    }

    @Test
    void unsupportedUrlsAreRefused() {
        assertEquals("source.badUrl", assertThrows(UserError.class,
                () -> SourceSpec.of("jdbc:mysql://localhost/sage", "u", "p")).key());
        assertEquals("source.emptyReference", assertThrows(UserError.class, () -> SourceSpec.of(" ", null, null)).key());
    }

    @Test
    void anUnreachableSqlServerFailsQuicklyWithASentence() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SourceSpec spec = SourceSpec.of("jdbc:jtds:sqlserver://127.0.0.1:" + closedPort + "/BIJOU", "sa", "secret");
        long started = System.nanoTime();
        UserError e = assertThrows(UserError.class, () -> SourceConnector.open(spec));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals("source.unreachable", e.key());
        assertTrue(seconds < 15, "took " + seconds + " s");
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void catalogNamesBecomeJtdsUrlsOnTheConfiguredServer() {
        DatabaseLogin sql = new DatabaseLogin("srv-compta", "SAGE100", null, DatabaseLogin.Authentication.SQL, "",
                "bizsync_ro", "pw");
        SourceSpec named = SourceSpec.forDatabase(sql, "BIJOU");
        assertEquals("jdbc:jtds:sqlserver://srv-compta/BIJOU;instance=SAGE100", named.url());
        assertEquals("bizsync_ro", named.user());
        assertEquals("pw", named.password());

        DatabaseLogin windows = new DatabaseLogin("srv", "", 1433, DatabaseLogin.Authentication.WINDOWS, "CORP",
                "jdoe", "pw");
        assertEquals("jdbc:jtds:sqlserver://srv:1433/BIJOU;domain=CORP", SourceSpec.forDatabase(windows, "BIJOU").url());

        assertTrue(SourceSpec.forDatabase(sql, "/data/demo/BIJOU.db").isSqlite());
        assertTrue(SourceSpec.forDatabase(sql, "BIJOU.sqlite").isSqlite());
        assertEquals("jdbc:jtds:sqlserver://other/X", SourceSpec.forDatabase(sql, "jdbc:jtds:sqlserver://other/X").url());
        assertEquals("source.noHost", assertThrows(UserError.class,
                () -> SourceSpec.forDatabase(DatabaseLogin.EMPTY, "BIJOU")).key());
        assertFalse(named.toString().contains("pw"));
    }

    @Test
    void jtdsUrlsGetOurReadingDefaultsUnlessAlreadySet() {
        String url = SourceConnector.withDefaults("jdbc:jtds:sqlserver://srv/BIJOU;loginTimeout=3");
        assertTrue(url.contains(";sendStringParametersAsUnicode=false"), url);
        assertTrue(url.contains(";socketTimeout="), url);
        assertTrue(url.contains(";loginTimeout=3") && !url.contains("loginTimeout=10"), url);
    }
}
