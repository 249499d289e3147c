package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.cli.DemoSetup;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.WithDemoWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * « Relancer » a journal row, as the original guide says: fix what the error said, then run the
 * same operation again for the same company; it writes its own new row.
 */
class EngineRerunTest extends WithDemoWorld {

    private List<OperationResult> rerun(JournalEntry row) {
        return world.engine.rerun(row.operation(), row.company(), ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void aFailedPublicationFixedInTheSettingsSucceedsWhenRunAgain() {
        String code = world.code(0);
        PortalSettings right = world.store.portal();
        world.store.savePortal(new PortalSettings(right.platformUrl(), right.customerCode(), "not-the-password"));
        OperationResult failed = world.engine.publish(code, ProgressListener.NONE, Cancellation.none());
        assertFalse(failed.success());
        JournalEntry errorRow = world.journal().get(0);
        assertEquals(JournalEntry.Status.ERROR, errorRow.status());

        world.store.savePortal(right);
        List<OperationResult> again = rerun(errorRow);
        assertEquals(1, again.size());
        assertTrue(again.get(0).success(), again.get(0).message());
        assertEquals("17 vues publiées (2 Ko envoyés).", again.get(0).message());
        JournalEntry newRow = world.journal().get(0);
        assertEquals(JournalEntry.Status.SUCCESS, newRow.status());
        assertEquals(code, newRow.company());
        assertEquals(Operation.PUBLISH, newRow.operation());
        assertEquals(errorRow, world.journal().get(1), "the error row stays as it was");
        assertEquals(200, world.phone.views(world.directionToken(code), code).status());
    }

    @Test
    void testsRunAgainOnTheSavedSettings() {
        world.engine.testPortal(world.store.portal(), world.store.proxy());
        List<OperationResult> portal = rerun(world.journal().get(0));
        assertEquals("Connexion à la plateforme réussie : client DEMO (DEMO SARL).", portal.get(0).message());
        assertEquals(Operation.TEST_PORTAL, world.journal().get(0).operation());
        assertEquals(2, world.journal().size());

        String code = world.code(1);
        world.engine.testDatabases(world.store.databaseLogin(), world.store.companies());
        JournalEntry tested = world.journal().stream().filter(r -> r.company().equals(code)).findFirst().orElseThrow();
        List<OperationResult> database = rerun(tested);
        assertEquals(1, database.size(), "only the company of the row");
        assertEquals(code, database.get(0).company());
        assertTrue(database.get(0).success(), database.get(0).message());
        assertEquals(Operation.TEST_DATABASE, world.journal().get(0).operation());
    }

    @Test
    void aScheduledRowRunsAgainAsAPublicationStartedByHand() {
        String code = world.code(2);
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none(), Operation.SCHEDULED_RUN);
        JournalEntry scheduled = world.journal().stream().filter(r -> r.company().equals(code)).findFirst()
                .orElseThrow();
        assertEquals(Operation.SCHEDULED_RUN, scheduled.operation());
        List<OperationResult> again = rerun(scheduled);
        assertTrue(again.get(0).success(), again.get(0).message());
        assertEquals(Operation.PUBLISH, world.journal().get(0).operation());
        assertEquals(code, world.journal().get(0).company());
    }

    @Test
    void aDeletionRunsAgainForItsCompanyOnly() {
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        String first = world.code(0);
        String second = world.code(1);
        String token = world.directionToken(first);
        world.engine.deletePublication(first, ProgressListener.NONE, Cancellation.none());
        world.engine.publish(first, ProgressListener.NONE, Cancellation.none());
        assertEquals(200, world.phone.views(token, first).status());

        JournalEntry deletion = world.journal().get(1);
        assertEquals(Operation.DELETE_PUBLICATION, deletion.operation());
        List<OperationResult> again = rerun(deletion);
        assertTrue(again.get(0).success(), again.get(0).message());
        assertEquals(404, world.phone.views(token, first).status());
        assertEquals(200, world.phone.views(token, second).status());
    }

    @Test
    void aCompanyRemovedSinceIsSaidSoInANewRow() {
        world.engine.testDatabases(world.store.databaseLogin(), List.of(world.store.companies().get(0)));
        JournalEntry tested = world.journal().get(0);
        world.store.deleteCompany(tested.company());
        List<OperationResult> again = rerun(tested);
        assertFalse(again.get(0).success());
        assertEquals("Aucune société ni famille n'a le code « " + tested.company() + " » dans les paramètres : vérifiez"
                + " le code.", again.get(0).message());
        assertEquals(Operation.TEST_DATABASE, world.journal().get(0).operation());
        assertEquals(DemoSetup.CUSTOMER, world.store.portal().customerCode());
    }
}
