package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.Schedule;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Headless administration: {@code bizsync schedule show|set}, {@code scheduler status}, and
 * « À extraire » honoured by {@code publish --all}.
 */
class ScheduleCommandTest extends CommandLineTest {

    @BeforeEach
    void french() {
        com.bizsync.i18n.Messages.setLocale(java.util.Locale.FRENCH);
    }

    @Test
    void setThenShowTheScheduleWithoutADesktop() {
        assertEquals(0, run("schedule", "set", "--frequency", "working-days", "--times", "2", "--first", "06:30",
                "--interval", "5"));
        assertEquals(new Schedule(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 2, LocalTime.of(6, 30), 5),
                world.store.schedule());
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("Planification enregistrée.\nTous les jours ouvrés (du lundi au vendredi) : "
                + "2 publications à partir de 06:30, toutes les 5 h. Prochaines publications :\n"), shown);
        assertTrue(shown.contains(" à 06:30\n") && shown.contains(" à 11:30\n"), shown);
        assertTrue(shown.contains("Planificateur jamais démarré sur ce poste"), shown);

        out.reset();
        assertEquals(0, run("schedule", "show"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Tous les jours ouvrés"), out.toString());
    }

    @Test
    void aWrongScheduleIsRefusedWithASentenceAndNothingSaved() {
        Schedule before = world.store.schedule();
        assertEquals(1, run("schedule", "set", "--frequency", "monthly"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "Fréquence « monthly » inconnue : choisissez none, daily, working-days ou weekly."), err.toString());
        assertEquals(1, run("schedule", "set", "--frequency", "daily", "--first", "25:00"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Heure « 25:00 » invalide"), err.toString());
        assertEquals(before, world.store.schedule());
    }

    @Test
    void schedulerStatusSaysNotRunningWithExitCode3() {
        assertEquals(3, run("scheduler", "status"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Aucune publication n’est planifiée."), out.toString());
    }

    @Test
    void publishAllTakesOnlyTheCompaniesToExtract() {
        String skipped = world.code(1);
        world.store.saveCompany(world.store.company(skipped).orElseThrow().withToExtract(false));
        assertEquals(0, run("publish", "--all"));
        assertTrue(world.journal().stream().noneMatch(e -> skipped.equals(e.company())
                && e.operation() == JournalEntry.Operation.PUBLISH), "not published");
        assertEquals(404, world.phone.views(world.directionToken(world.code(0)), skipped).status());
        assertEquals(200, world.phone.views(world.directionToken(world.code(0)), world.code(0)).status());
        assertEquals(false, world.store.company(skipped).orElseThrow().toExtract(), "kept after a reopen");
    }
}
