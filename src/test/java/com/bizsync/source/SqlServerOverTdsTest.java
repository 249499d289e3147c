package com.bizsync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.SageDdl;
import com.bizsync.i18n.UserError;
import com.bizsync.testing.tds.ExecutedStatement;
import com.bizsync.testing.tds.SilentServer;
import com.bizsync.testing.tds.TdsEndpoint;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.ViewExtractor;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product's SQL Server connection, through jTDS over TCP to the test suite's TDS endpoint:
 * SQL Server's own login errors become their sentences, the session reads uncommitted and sends
 * nothing but reads, and a host that never answers fails within the login timeout.
 */
class SqlServerOverTdsTest {
    private static final String USER = "bizsync_ro";
    private static final String PASSWORD = "Lecture#2024";
    private TdsEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = new TdsEndpoint(USER, PASSWORD).database("BIJOU", c -> {
            SageDdl.create(c);
            SageDdl.runScript(c, SageDdl.readResource("/sage/test-vector.sql"));
        }).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void aRefusedLoginSaysTheUserOrPasswordIsWrong() {
        SourceSpec spec = SourceSpec.forDatabase(endpoint.login(USER, "wrong-password"), "BIJOU");
        UserError e = assertThrows(UserError.class, () -> SourceConnector.open(spec));
        assertEquals("source.wrongPassword", e.key());
        assertEquals("Le serveur SQL refuse la connexion de l'utilisateur « bizsync_ro » pour jdbc:jtds:sqlserver://"
                + "127.0.0.1:" + endpoint.port() + "/BIJOU : vérifiez l'identifiant et le mot de passe.",
                e.sentence().text(Locale.FRENCH));
        assertTrue(e.getMessage().contains(USER), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password"), e.getMessage());
    }

    @Test
    void anUnknownDatabaseSaysSoAndNotThatThePasswordIsWrong() {
        // SQL Server answers 4060 "Cannot open database … The login failed." then 18456 "Login failed for user".
        SourceSpec spec = SourceSpec.forDatabase(endpoint.login(), "BIJOUX");
        UserError e = assertThrows(UserError.class, () -> SourceConnector.open(spec));
        assertEquals("source.unknownDatabase", e.key());
        assertEquals("La base jdbc:jtds:sqlserver://127.0.0.1:" + endpoint.port() + "/BIJOUX n'existe pas sur le serveur"
                + " SQL ou cet utilisateur n'y a pas accès : vérifiez le nom de la base et les droits.",
                e.sentence().text(Locale.FRENCH));
        assertTrue(e.getMessage().contains("BIJOUX"), e.getMessage());
    }

    @Test
    void theSessionReadsUncommittedAndSendsNothingButReads() throws Exception {
        try (Connection c = SourceConnector.open(SourceSpec.forDatabase(endpoint.login(), "BIJOU"))) {
            assertEquals(17, ViewExtractor.extract(c, c, ExtractOptions.defaults(LocalDate.of(2024, 6, 15))).views().size());
        }
        List<ExecutedStatement> all = endpoint.statements();
        List<ExecutedStatement> sageReads = all.stream()
                .filter(s -> s.sql().matches("(?s).*\\b[FP]_[A-Z]+\\b.*")).toList();
        assertTrue(sageReads.size() >= 10, "the views read the Sage tables: " + sageReads.size());
        for (ExecutedStatement s : sageReads) {
            assertEquals("READ UNCOMMITTED", s.isolation(), s.sql());
        }
        Set<String> readOnlyVerbs = Set.of("SELECT", "SET", "USE");
        for (ExecutedStatement s : all) {
            assertTrue(readOnlyVerbs.contains(s.verb()) && !s.sql().matches("(?is).*\\bINTO\\b.*"),
                    "a statement that is not a read: " + s.sql());
        }
    }

    @Test
    void aHostThatAcceptsButNeverAnswersFailsWithinTheLoginTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            SourceSpec spec = SourceSpec.of("jdbc:jtds:sqlserver://127.0.0.1:" + silent.port() + "/BIJOU", USER, PASSWORD);
            long started = System.nanoTime();
            UserError e = assertTimeoutPreemptively(Duration.ofSeconds(SourceConnector.LOGIN_TIMEOUT_SECONDS + 10),
                    () -> assertThrows(UserError.class, () -> SourceConnector.open(spec)));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(1, silent.accepted(), "the connection was accepted, then left unanswered");
            assertEquals("source.unreachable", e.key());
            assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://127.0.0.1:" + silent.port() + "/BIJOU ne répond pas :"
                    + " vérifiez le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.",
                    e.sentence().text(Locale.FRENCH));
            assertTrue(seconds < SourceConnector.LOGIN_TIMEOUT_SECONDS + 2, "took " + seconds + " s");
            assertFalse(e.getMessage().contains(PASSWORD));
        }
    }
}
