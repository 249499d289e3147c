package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.platform.PlatformDatabase;
import com.bizsync.settings.JournalEntry;
import com.bizsync.testing.DemoWorld;
import com.bizsync.testing.LocalPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher's side of a platform whose PostgreSQL database turned read-only: the publication
 * fails with a sentence saying so in the journal, the data already published stays readable, and
 * the next publication after the operator's fix goes through.
 */
class PostgresStorageJournalTest {
    @TempDir
    Path tmp;

    @Test
    void aReadOnlyPlatformDatabaseGivesAJournalRowSayingWhatHappened() {
        Messages.setLocale(Locale.FRENCH);
        LocalPostgres pg = LocalPostgres.shared();
        String database = pg.createDatabase();
        try (DemoWorld world = DemoWorld.create(tmp, config -> config.withDatabase(
                new PlatformDatabase(pg.url(database), LocalPostgres.PASSWORD.toCharArray())))) {
            String code = world.code(0);
            assertTrue(world.engine.publish(code, ProgressListener.NONE, Cancellation.none()).success());
            String token = world.directionToken(code);
            JsonNode before = world.phone.views(token, code).json();

            pg.execute("postgres", "ALTER DATABASE " + database + " SET default_transaction_read_only = on");
            pg.disconnectSessions(database);
            OperationResult refused = world.engine.publish(code, ProgressListener.NONE, Cancellation.none());

            assertFalse(refused.success());
            String sentence = "La plateforme ne peut rien enregistrer pour l'instant : sa base de données est"
                    + " indisponible, en lecture seule ou pleine. Rien n'a été modifié et les données déjà publiées"
                    + " restent en place ; réessayez plus tard et, si cela dure, prévenez l'exploitant de la plateforme.";
            assertEquals(sentence, refused.message());
            JournalEntry row = world.journal().get(0);
            assertEquals(JournalEntry.Status.ERROR, row.status());
            assertEquals(code, row.company());
            assertEquals(JournalEntry.Operation.PUBLISH, row.operation());
            assertEquals(sentence, row.message());
            assertEquals(before.path("views"), world.phone.views(token, code).json().path("views"));

            pg.execute("postgres", "ALTER DATABASE " + database + " RESET default_transaction_read_only");
            pg.disconnectSessions(database);
            assertTrue(world.engine.publish(code, ProgressListener.NONE, Cancellation.none()).success());
            assertEquals(JournalEntry.Status.SUCCESS, world.journal().get(0).status());
        }
    }
}
