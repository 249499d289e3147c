package com.bizsync.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.shots.Screenshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The publication log on a real settings file: icons, filters, CSV export. */
@ExtendWith(ApplicationExtension.class)
class JournalViewTest {
    @TempDir
    static Path home;

    private SqliteSettingsStore store;
    private ExecutorService background;
    private JournalView view;

    private static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Theme.install();
        store = SqliteSettingsStore.open(Files.createTempDirectory(home, "journal"));
        store.appendJournal(new JournalEntry(0, at(3, 9), JournalEntry.Status.SUCCESS, "BIJOU",
                JournalEntry.Operation.PUBLISH, "Données publiées : 3 vues.", Duration.ofMillis(2300)));
        store.appendJournal(new JournalEntry(0, at(4, 10), JournalEntry.Status.ERROR, "GARAGE",
                JournalEntry.Operation.PUBLISH, "La plateforme ne répond pas ; vérifiez l'adresse.", Duration.ofMillis(800)));
        store.appendJournal(new JournalEntry(0, at(5, 11), JournalEntry.Status.SUCCESS, "GARAGE",
                JournalEntry.Operation.DELETE_PUBLICATION, "Données supprimées.", Duration.ofMillis(150)));
        store.appendJournal(new JournalEntry(0, at(6, 12), JournalEntry.Status.SUCCESS, "",
                JournalEntry.Operation.TEST_PORTAL, "Connexion au portail réussie.", Duration.ofMillis(90)));
        background = Executors.newFixedThreadPool(2);
        view = new JournalView(new JournalViewModel(store, background), background);
        stage.setScene(Theme.decorate(new Scene((javafx.scene.Parent) view.node(), 1100, 420)));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        store.close();
    }

    private List<JournalEntry> shown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<JournalEntry> table = robot.lookup("#journalTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    private static void await(java.util.concurrent.Future<?> future) throws Exception {
        future.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsEveryOperationNewestFirstWithACrossOnTheErrorRow(FxRobot robot) throws Exception {
        await(view.refresh());
        List<JournalEntry> rows = shown(robot);
        assertEquals(List.of(JournalEntry.Operation.TEST_PORTAL, JournalEntry.Operation.DELETE_PUBLICATION,
                JournalEntry.Operation.PUBLISH, JournalEntry.Operation.PUBLISH),
                rows.stream().map(JournalEntry::operation).toList());
        assertEquals(1, robot.lookup("#journalTable .journal-status-error").queryAll().size());
        assertEquals(3, robot.lookup("#journalTable .journal-status-success").queryAll().size());
        // The error row's sentence and the translated operation are on screen.
        assertTrue(robot.lookup("La plateforme ne répond pas ; vérifiez l'adresse.").tryQuery().isPresent());
        assertTrue(robot.lookup("Suppression des données publiées").tryQuery().isPresent());
        assertTrue(robot.lookup("(toutes les sociétés)").tryQuery().isPresent());
        assertEquals("4 opérations", robot.lookup("#journalStatus").queryLabeled().getText());
        Screenshots.save(view.node(), "journal");
    }

    @Test
    void filtersByCompanyStatusAndDates(FxRobot robot) throws Exception {
        await(view.refresh());
        robot.clickOn("#journalStatusFilter").clickOn("Erreur");
        await(view.refresh());
        assertEquals(List.of("GARAGE"), shown(robot).stream().map(JournalEntry::company).toList());
        assertEquals(JournalEntry.Status.ERROR, shown(robot).get(0).status());

        robot.clickOn("#journalStatusFilter").clickOn("(tous)");
        ComboBox<?> company = robot.lookup("#journalCompanyFilter").queryComboBox();
        robot.interact(() -> ((ComboBox<String>) (ComboBox<?>) company).setValue("GARAGE"));
        await(view.refresh());
        assertEquals(2, shown(robot).size());
        assertTrue(shown(robot).stream().allMatch(r -> r.company().equals("GARAGE")));

        robot.interact(() -> ((ComboBox<String>) (ComboBox<?>) company).setValue(""));
        DatePicker from = robot.lookup("#journalFrom").query();
        DatePicker to = robot.lookup("#journalTo").query();
        robot.interact(() -> {
            from.setValue(LocalDate.of(2026, 11, 4));
            to.setValue(LocalDate.of(2026, 11, 5));
        });
        await(view.refresh());
        // Both bounds are whole days: the 4th at 10:00 and the 5th at 11:00, not the 3rd nor the 6th.
        assertEquals(List.of(at(5, 11), at(4, 10)), shown(robot).stream().map(JournalEntry::time).toList());

        robot.interact(() -> from.setValue(LocalDate.of(2026, 11, 7)));
        await(view.refresh());
        assertTrue(shown(robot).isEmpty());
        assertEquals("La date de début est postérieure à la date de fin : corrigez les dates du filtre.",
                robot.lookup("#journalStatus").queryLabeled().getText());
    }

    @Test
    void exportsTheFilteredRowsAsCsv(FxRobot robot) throws Exception {
        robot.clickOn("#journalStatusFilter").clickOn("Succès");
        await(view.refresh());
        Path file = home.resolve("export-" + System.nanoTime() + ".csv");
        assertEquals(3, view.export(file).get(10, TimeUnit.SECONDS));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("Date;Heure;Type;Société;Opération;Message;Durée (s)", lines[0]);
        assertEquals("06/11/2026;12:00:00;Succès;(toutes les sociétés);Test du portail;Connexion au portail réussie.;0,1",
                lines[1]);
        assertEquals("05/11/2026;11:00:00;Succès;GARAGE;Suppression des données publiées;Données supprimées.;0,2", lines[2]);
        assertEquals("03/11/2026;09:00:00;Succès;BIJOU;Publication;Données publiées : 3 vues.;2,3", lines[3]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 lignes exportées dans " + file + ".", robot.lookup("#journalStatus").queryLabeled().getText());
    }
}
