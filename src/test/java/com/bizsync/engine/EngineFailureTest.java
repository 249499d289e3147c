package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.DemoWorld;
import com.bizsync.testing.ScriptedServer;
import com.bizsync.testing.Json;
import com.bizsync.testing.MobileReader;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when things go wrong mid-operation: nothing published is lost, the journal says why. */
class EngineFailureTest {
    private static final String SENDING = "Envoi à la plateforme";
    @TempDir
    Path tmp;
    DemoWorld world;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.FRENCH);
        world = DemoWorld.create(tmp);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void thePlatformStoppingDuringAPublicationKeepsThePreviousSnapshot() {
        String code = world.code(0);
        assertTrue(world.engine.publish(code, ProgressListener.NONE, Cancellation.none()).success());
        String token = world.directionToken(code);
        JsonNode before = world.phone.views(token, code).json();

        // The platform goes down right when the publication is about to be sent.
        OperationResult result = world.engine.publish(code, (company, fraction, step) -> {
            if (step.equals(SENDING)) {
                world.platform.stop();
            }
        }, Cancellation.none());

        assertFalse(result.success());
        assertEquals("La plateforme 127.0.0.1:" + world.platform.port() + " est injoignable : vérifiez l'adresse et le"
                + " port dans les identifiants portail, la connexion Internet et le pare-feu.", result.message());
        JournalEntry row = world.journal().get(0);
        assertEquals(JournalEntry.Status.ERROR, row.status());
        assertEquals(code, row.company());
        assertEquals(Operation.PUBLISH, row.operation());
        assertEquals(result.message(), row.message());

        world.platform.restart();
        MobileReader.Answer after = world.phone.views(token, code);
        assertEquals(200, after.status(), "the previous snapshot is still served");
        assertEquals(before.path("publishedAt"), after.json().path("publishedAt"));
        assertEquals(before.path("views"), after.json().path("views"));
    }

    @Test
    void aPlatformErrorIsTriedThreeTimesThenJournalled() {
        // A deliberately failing real HTTP server: the real platform cannot be made to answer 503.
        try (ScriptedServer failing = new ScriptedServer(503, "{\"error\":\"server_error\",\"message\":\"x\"}")) {
            world.store.savePortal(new PortalSettings(failing.url(), "DEMO", "secret"));
            OperationResult result = world.engine.publish(world.code(0), ProgressListener.NONE, Cancellation.none());
            assertFalse(result.success());
            assertEquals(3, failing.requests(), "three attempts, then the sentence");
            assertEquals("La plateforme a rencontré une erreur (HTTP 503) : les données déjà publiées restent en place ;"
                    + " réessayez plus tard ou contactez l'exploitant.", world.journal().get(0).message());
        }
    }

    @Test
    void twoPublicationsOfTheSameCompanyAtOnceEndWithOneCompleteSnapshot() throws Exception {
        String code = world.code(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<OperationResult> publish = () -> world.engine.publish(code, ProgressListener.NONE, Cancellation.none());
            List<Future<OperationResult>> both = pool.invokeAll(List.of(publish, publish));
            for (Future<OperationResult> one : both) {
                assertTrue(one.get().success(), one.get().message());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode read = world.phone.views(world.directionToken(code), code).json();
        assertEquals(Json.normalized(world.engine.preview(code).path("views")), read.path("views"), "complete and unmixed");
        assertEquals(2, world.journal().stream().filter(e -> e.company().equals(code)).count());
    }

    @Test
    void cancellingStopsBeforeTheNextStepAndJournalsIt() {
        String code = world.code(0);
        assertTrue(world.engine.publishUsers().success());
        Cancellation cancellation = new Cancellation();
        OperationResult result = world.engine.publish(code, (company, fraction, step) -> {
            if (step.equals("Extraction des indicateurs")) {
                cancellation.cancel();
            }
        }, cancellation);
        assertFalse(result.success());
        assertEquals("Opération annulée.", result.message());
        assertEquals("Opération annulée.", world.journal().get(0).message());
        assertEquals(404, world.phone.views(world.directionToken(code), code).status(), "nothing was sent");
    }

    @Test
    void cancellingPublishAllStopsEveryCompanyBeforeItsNextStep() {
        Cancellation cancellation = new Cancellation();
        List<OperationResult> results = world.engine.publishAll((company, fraction, step) -> {
            if (step.equals("Connexion aux bases de données")) {
                cancellation.cancel();
            }
        }, cancellation);
        assertEquals(world.companies.size() + 2, results.size(), "every company, the family and the users");
        for (OperationResult result : results) {
            assertFalse(result.success(), result.company());
            assertEquals("Opération annulée.", result.message());
        }
        assertTrue(world.journal().stream().allMatch(e -> e.message().equals("Opération annulée.")));
        assertTrue(world.engine.publishUsers().success());
        for (var company : world.companies) {
            assertEquals(404, world.phone.views(world.directionToken(company.code()), company.code()).status(),
                    company.code() + " was not sent");
        }
    }

    @Test
    void aDatabaseMissingATableGivesAnErrorRowNamingIt() throws Exception {
        Path broken = tmp.resolve("broken.db");
        Files.copy(world.companies.get(0).file(), broken);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + broken); Statement s = c.createStatement()) {
            s.execute("DROP TABLE F_DOCLIGNE");
        }
        world.store.saveCompany(new Company("BROKEN", "Base incomplète", broken.toString(), broken.toString(),
                EnumSet.allOf(ViewId.class)));
        OperationResult result = world.engine.publish("BROKEN", ProgressListener.NONE, Cancellation.none());
        assertFalse(result.success());
        JournalEntry row = world.journal().get(0);
        assertEquals("BROKEN", row.company());
        assertEquals(JournalEntry.Status.ERROR, row.status());
        assertTrue(row.message().contains("F_DOCLIGNE"), row.message());
    }

    @Test
    void aCompanyWhosePublishedDataCannotBeDeletedIsKept() {
        String code = world.code(0);
        world.platform.stop();
        OperationResult result = world.engine.deleteCompany(code, ProgressListener.NONE, Cancellation.none());
        assertFalse(result.success());
        assertTrue(result.message().startsWith("Les données publiées n'ont pas pu être supprimées, la société est donc"
                + " conservée dans les paramètres : La plateforme 127.0.0.1:"), result.message());
        assertTrue(world.store.company(code).isPresent());
    }
}
