package com.bizsync.ui.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import com.bizsync.testing.ConsoleStandIn;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.journal.JournalView;
import com.bizsync.ui.shots.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
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
 * The publication wizard against everything real: the demo company files, the settings the demo
 * fills in, the engine, and the platform on 127.0.0.1 (read back as a phone would).
 */
@ExtendWith(ApplicationExtension.class)
class PublicationWizardTest {
    @TempDir
    Path root;

    private DemoWorld world;
    private ExecutorService background;
    private Stage console;
    private Stage wizard;
    private final List<Stage> others = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        console = ConsoleStandIn.show(stage, 300, 200);
    }

    @AfterEach
    void stop() throws Exception {
        if (wizard != null) {
            others.add(wizard);
        }
        for (Stage stage : others) {
            WaitForAsyncUtils.asyncFx(stage::close).get(5, TimeUnit.SECONDS);
        }
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (world != null) {
            world.close();
        }
    }

    private AppContext demo() {
        world = DemoWorld.create(root);
        background = Executors.newFixedThreadPool(2);
        return new AppContext(world.store, world.engine, background, console);
    }

    /** Opens the wizard as the console does and waits until page 1 shows the settings. */
    private PublicationWizardViewModel open(AppContext context) throws Exception {
        return open(context, List.of());
    }

    private PublicationWizardViewModel open(AppContext context, List<String> preselected) throws Exception {
        wizard = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> PublicationWizard.open(context, preselected)));
        PublicationWizardViewModel model = ((PublicationWizardView) wizard.getUserData()).model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.checklist().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private Parent wizardRoot() {
        return wizard.getScene().getRoot();
    }

    private static void awaitFinished(PublicationWizardViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.finishedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TargetReport report(PublicationWizardViewModel model, String code) {
        return model.reports().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void publishesTwoDemoCompaniesAndReportsSuccessForEach(FxRobot robot) throws Exception {
        PublicationWizardViewModel model = open(demo());
        String first = world.code(0);
        String second = world.code(1);

        // Page 1: the demo fills in portal, companies, users; its SQLite companies need no SQL Server login.
        for (String id : List.of("#check-portal", "#check-companies", "#check-database-login", "#check-users")) {
            assertEquals(1, robot.from(wizardRoot()).lookup(id + " .check-done").queryAll().size(), id);
        }
        assertFalse(robot.lookup("#wizardNext").queryButton().isDisabled());
        assertTrue(robot.lookup("#wizardFinish").queryButton().isDisabled());
        Screenshots.save(wizardRoot(), "publication-wizard-1-settings");

        robot.clickOn("#wizardNext");
        RadioButton publish = robot.lookup("#actionPublish").query();
        assertTrue(publish.isSelected(), "publishing is the default operation");
        Screenshots.save(wizardRoot(), "publication-wizard-2-operation");

        robot.clickOn("#wizardNext");
        assertTrue(robot.lookup("#wizardFinish").queryButton().isDisabled(), "nothing chosen yet");
        robot.clickOn("#target-" + first).clickOn("#target-" + second);
        assertFalse(robot.lookup("#wizardFinish").queryButton().isDisabled());
        Screenshots.save(wizardRoot(), "publication-wizard-3-companies");

        // Record the progress the report shows, and on which thread it changes.
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.Image> running =
                new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> model.reports().addListener((javafx.collections.ListChangeListener<TargetReport>) c ->
                model.reports().forEach(r -> {
                    r.progressProperty().addListener((obs, o, value) -> {
                        seen.add(value.doubleValue());
                        onFxThread.add(javafx.application.Platform.isFxApplicationThread());
                    });
                    // The report while it runs: the first company done, the second under way.
                    r.stepProperty().addListener((obs, o, step) -> {
                        if (r.code().equals(second) && running.get() == null) {
                            running.set(wizardRoot().snapshot(null, null));
                        }
                    });
                }))).get(5, TimeUnit.SECONDS);
        robot.clickOn("#wizardFinish");
        awaitFinished(model);

        assertTrue(seen.stream().anyMatch(v -> v > 0 && v < 1), "the bars moved through the engine's steps: " + seen);
        assertFalse(onFxThread.contains(false), "progress reaches the screen on the FX thread only");
        assertEquals(List.of(first, second), model.reports().stream().map(TargetReport::code).toList());
        List<JournalEntry> journal = world.journal();
        for (String code : List.of(first, second)) {
            TargetReport line = report(model, code);
            assertEquals(TargetReport.Outcome.SUCCESS, line.outcomeProperty().get(), line.messageProperty().get());
            ProgressBar bar = robot.lookup("#progress-" + code).query();
            assertEquals(1.0, bar.getProgress(), 1e-9);
            assertEquals(1, robot.lookup("#icon-" + code + " .journal-status-success").queryAll().size());
            JournalEntry row = journal.stream().filter(e -> code.equals(e.company())).findFirst().orElseThrow();
            assertEquals(JournalEntry.Status.SUCCESS, row.status());
            assertEquals(row.message(), robot.lookup("#result-" + code).queryLabeled().getText(),
                    "the report says what the journal says");
            // A phone signed in on the company now reads the published figures.
            assertEquals(200, world.phone.views(world.directionToken(code), code).status());
        }
        assertEquals("Traitement terminé : 2 succès, aucune erreur.", robot.lookup("#reportSummary").queryLabeled().getText());
        assertEquals("Fermer", robot.lookup("#wizardCancel").queryButton().getText());
        Screenshots.save(wizardRoot(), "publication-wizard-4-report");
        if (running.get() != null) {
            Screenshots.save(running.get(), "publication-wizard-4-report-running");
        }
    }

    @Test
    void deletesThePlatformDataOfTheChosenCompany(FxRobot robot) throws Exception {
        AppContext context = demo();
        String first = world.code(0);
        String second = world.code(1);
        for (String code : List.of(first, second)) {
            assertTrue(world.engine.publish(code, com.bizsync.engine.ProgressListener.NONE,
                    com.bizsync.engine.Cancellation.none()).success());
        }
        String token = world.directionToken(first);
        // Opened from the console with the selected company already ticked.
        PublicationWizardViewModel model = open(context, List.of(first));

        robot.clickOn("#wizardNext").clickOn("#actionDelete").clickOn("#wizardNext");
        assertTrue(robot.lookup("#target-" + first).queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertFalse(robot.lookup("#target-" + second).queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#wizardFinish");
        awaitFinished(model);

        assertEquals(List.of(first), model.reports().stream().map(TargetReport::code).toList());
        assertEquals(TargetReport.Outcome.SUCCESS, report(model, first).outcomeProperty().get());
        assertEquals(404, world.phone.views(token, first).status(), "the company's data is gone from the platform");
        assertEquals(200, world.phone.views(token, second).status(), "the other company stays");
        JournalEntry row = world.journal().get(0);
        assertEquals(JournalEntry.Operation.DELETE_PUBLICATION, row.operation());
        assertEquals(first, row.company());
        assertEquals(JournalEntry.Status.SUCCESS, row.status());
    }

    @Test
    void aStoppedPlatformGivesAnErrorLineAndACrossInTheLog(FxRobot robot) throws Exception {
        AppContext context = demo();
        String first = world.code(0);
        world.platform.stop();
        PublicationWizardViewModel model = open(context);

        robot.clickOn("#wizardNext").clickOn("#wizardNext").clickOn("#target-" + first).clickOn("#wizardFinish");
        awaitFinished(model);

        TargetReport line = report(model, first);
        assertEquals(TargetReport.Outcome.ERROR, line.outcomeProperty().get());
        String sentence = Messages.get("publish.platformUnreachable", "127.0.0.1:" + world.platform.port());
        assertEquals(sentence, line.messageProperty().get());
        assertTrue(robot.lookup("#anomalies-" + first).query().isVisible());
        assertEquals(1, robot.lookup("#icon-" + first + " .journal-status-error").queryAll().size());
        assertEquals("Traitement terminé : aucun succès, 1 erreur.", robot.lookup("#reportSummary").queryLabeled().getText());
        Screenshots.save(wizardRoot(), "publication-wizard-4-report-error");

        // The publication log shows the same failure as its newest row, with the red cross.
        Stage logWindow = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            window.setScene(Theme.decorate(new Scene((Parent) new JournalView(context).node(), 1100, 360)));
            window.show();
            return window;
        }));
        others.add(logWindow);
        Parent logRoot = logWindow.getScene().getRoot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.from(logRoot).lookup("#journalTable").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<JournalEntry> table = robot.from(logRoot).lookup("#journalTable").queryTableView();
        JournalEntry newest = table.getItems().get(0);
        assertEquals(JournalEntry.Status.ERROR, newest.status());
        assertEquals(first, newest.company());
        assertEquals(sentence, newest.message());
        assertEquals(1, robot.from(logRoot).lookup("#journalTable .journal-status-error").queryAll().size());
        assertTrue(robot.from(logRoot).lookup(sentence).tryQuery().isPresent());
        Screenshots.save(logRoot, "journal-platform-stopped");
    }

    @Test
    void cancelStopsBeforeTheNextCompanies(FxRobot robot) throws Exception {
        PublicationWizardViewModel model = open(demo());
        robot.clickOn("#wizardNext").clickOn("#wizardNext").clickOn("#targetsSelectAll");
        assertTrue(model.targets().stream().allMatch(PublicationTarget::isSelected));
        int chosen = model.targets().size();
        // Cancel as soon as the first company starts, as a user clicking Annuler would.
        WaitForAsyncUtils.asyncFx(() -> model.reports().addListener((javafx.collections.ListChangeListener<TargetReport>) c ->
                model.reports().get(0).outcomeProperty().addListener((obs, o, outcome) -> {
                    if (outcome == TargetReport.Outcome.RUNNING) {
                        robot.lookup("#wizardCancel").queryButton().fire();
                    }
                }))).get(5, TimeUnit.SECONDS);
        robot.clickOn("#wizardFinish");
        awaitFinished(model);

        List<TargetReport.Outcome> outcomes = model.reports().stream().map(r -> r.outcomeProperty().get()).toList();
        assertEquals(chosen, outcomes.size());
        assertTrue(outcomes.contains(TargetReport.Outcome.CANCELLED), outcomes.toString());
        int firstCancelled = outcomes.indexOf(TargetReport.Outcome.CANCELLED);
        assertTrue(outcomes.subList(firstCancelled, chosen).stream().allMatch(o -> o == TargetReport.Outcome.CANCELLED),
                "nothing runs after the cancellation: " + outcomes);
        long published = world.journal().stream().filter(e -> e.status() == JournalEntry.Status.SUCCESS).count();
        assertTrue(published < chosen, "not every company was published");
        assertTrue(robot.lookup("#reportSummary").queryLabeled().getText().startsWith("Traitement annulé"));
    }

    @Test
    void planifierSavesTheScheduleAndTheChosenCompaniesAsTheOnesToExtract(FxRobot robot) throws Exception {
        PublicationWizardViewModel model = open(demo());
        String chosen = world.code(1);
        robot.clickOn("#wizardNext");
        robot.clickOn("#wizardNext");
        assertTrue(robot.lookup("#wizardPlan").queryButton().isDisabled(), "nothing chosen yet");
        robot.clickOn("#target-" + chosen);
        robot.clickOn("#wizardPlan");

        javafx.scene.control.ComboBox<com.bizsync.settings.Schedule.Frequency> frequency =
                robot.lookup("#schedule-frequency").queryComboBox();
        robot.interact(() -> frequency.setValue(com.bizsync.settings.Schedule.Frequency.DAILY));
        com.bizsync.testing.FxInput.type(robot, "schedule-first", "25:00");
        robot.clickOn("#plan-dialog-save");
        assertTrue(robot.lookup("#plan-dialog").tryQuery().isPresent(), "an invalid time keeps the dialog open");
        assertEquals(com.bizsync.settings.Schedule.Frequency.NONE, world.store.schedule().frequency(), "nothing saved");
        com.bizsync.testing.FxInput.type(robot, "schedule-first", "07:15");
        Screenshots.save(robot.lookup("#plan-dialog").query(), "publication-wizard-plan");
        robot.clickOn("#plan-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new com.bizsync.settings.Schedule(com.bizsync.settings.Schedule.Frequency.DAILY,
                java.time.DayOfWeek.MONDAY, 1, java.time.LocalTime.of(7, 15), 1), world.store.schedule());
        for (com.bizsync.settings.Company company : world.store.companies()) {
            assertEquals(company.code().equals(chosen), company.toExtract(), company.code());
        }
        assertFalse(world.store.families().get(0).toExtract(), "the family was not chosen");
        javafx.scene.control.Label result = robot.lookup("#wizard-plan-result").queryAs(javafx.scene.control.Label.class);
        assertTrue(result.getText().startsWith("Planification enregistrée : 1 société ou famille (" + chosen + ")."),
                result.getText());
    }
}
