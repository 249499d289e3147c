package com.bizsync.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.Cancellation;
import com.bizsync.engine.ProgressListener;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.JournalEntry.Status;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

/**
 * « Relancer » in the publication log, on the demo with the real platform: an error row, once its
 * cause is fixed, runs again from its button and gives a new success row; a deletion asks first.
 */
@ExtendWith(ApplicationExtension.class)
class JournalRerunTest {
    @TempDir
    static Path tmp;

    private DemoWorld world;
    private ExecutorService background;
    private JournalView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Theme.install();
        world = DemoWorld.create(Files.createTempDirectory(tmp, "rerun"));
        background = Executors.newFixedThreadPool(2);
        this.stage = stage;
        view = new JournalView(new JournalViewModel(world.store, world.engine, background), background);
        stage.setScene(Theme.decorate(new Scene((javafx.scene.Parent) view.node(), 1100, 420)));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        world.close();
        Messages.setLocale(Locale.FRENCH);
    }

    private TableView<JournalEntry> table(FxRobot robot) {
        return robot.lookup("#journalTable").queryTableView();
    }

    private void refreshed() throws Exception {
        view.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void rerunFinished() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.model().rerunningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anErrorRowFixedInTheSettingsRunsAgainFromItsButton(FxRobot robot) throws Exception {
        String code = world.code(0);
        PortalSettings right = world.store.portal();
        world.store.savePortal(new PortalSettings(right.platformUrl(), right.customerCode(), "not-the-password"));
        world.engine.publish(code, ProgressListener.NONE, Cancellation.none());
        world.store.savePortal(right);
        refreshed();

        Button rerun = robot.lookup("#journalRerun").queryButton();
        assertEquals("Relancer", rerun.getText());
        assertTrue(rerun.isDisabled(), "nothing selected yet");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertEquals(Status.ERROR, table(robot).getSelectionModel().getSelectedItem().status());
        robot.clickOn("#journalRerun");
        rerunFinished();

        List<JournalEntry> rows = List.copyOf(table(robot).getItems());
        assertEquals(2, rows.size(), "a new row, the error row kept");
        assertEquals(Status.SUCCESS, rows.get(0).status());
        assertEquals(Operation.PUBLISH, rows.get(0).operation());
        assertEquals(code, rows.get(0).company());
        assertEquals(Status.ERROR, rows.get(1).status());
        assertEquals("Nouvelle exécution de « Publication » pour " + code + " : 17 vues publiées (2 Ko envoyés).",
                robot.lookup("#journalStatus").queryLabeled().getText());
        assertEquals(200, world.phone.views(world.directionToken(code), code).status());
        com.bizsync.ui.shots.Screenshots.save(view.node(), "journal-rerun");
    }

    @Test
    void aDeletionRunsAgainFromTheRowMenuOnlyOnceConfirmed(FxRobot robot) throws Exception {
        String code = world.code(1);
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        world.engine.deletePublication(code, ProgressListener.NONE, Cancellation.none());
        world.engine.publish(code, ProgressListener.NONE, Cancellation.none());
        String token = world.directionToken(code);
        refreshed();
        int before = table(robot).getItems().size();
        JournalEntry deletion = table(robot).getItems().get(1);
        assertEquals(Operation.DELETE_PUBLICATION, deletion.operation());

        robot.interact(() -> table(robot).getSelectionModel().select(1));
        robot.rightClickOn(robot.lookup("#journalTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("Relancer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        assertTrue(robot.lookup("Relancer « Suppression des données publiées » pour " + code
                + " ? Les données seront supprimées à nouveau.").tryQuery().isPresent());
        robot.clickOn("#dialog-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.model().rerunningProperty().get());
        assertEquals(200, world.phone.views(token, code).status(), "nothing deleted after « Non »");

        robot.clickOn("#journalRerun");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        robot.clickOn("#dialog-yes");
        rerunFinished();
        assertEquals(before + 1, table(robot).getItems().size());
        assertEquals(Operation.DELETE_PUBLICATION, table(robot).getItems().get(0).operation());
        assertEquals(404, world.phone.views(token, code).status());
    }

    @Test
    void theRowsReadInEnglishOnceTheConsoleIsInEnglish(FxRobot robot) throws Exception {
        world.engine.publish(world.code(0), ProgressListener.NONE, Cancellation.none());
        // As the console does on a language switch: the texts are read again by a new view.
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            view = new JournalView(new JournalViewModel(world.store, world.engine, background), background);
            stage.getScene().setRoot((javafx.scene.Parent) view.node());
        });
        refreshed();
        assertTrue(robot.lookup("17 views published (2 KB sent).").tryQuery().isPresent());
        Path csv = tmp.resolve("english.csv");
        view.export(csv).get(10, TimeUnit.SECONDS);
        String text = Files.readString(csv);
        assertTrue(text.contains(";Publication;17 views published (2 KB sent).;"), text);
        com.bizsync.ui.shots.Screenshots.save(view.node(), "journal-english");
    }
}
