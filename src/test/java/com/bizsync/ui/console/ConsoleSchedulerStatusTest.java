package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.SchedulerState;
import com.bizsync.settings.Company;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.Schedule;
import com.bizsync.testing.AppProcess;
import com.bizsync.testing.PlatformWithDemoCompany;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.shots.Screenshots;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console tells the truth about the background runner, a real separate process on the same
 * settings: « planificateur actif » with the next run while it runs, « arrêté » with what to do
 * once it is stopped, in the status bar, on the schedule page and on the folder in the tree.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleSchedulerStatusTest {
    @RegisterExtension
    static final PlatformWithDemoCompany fixture = new PlatformWithDemoCompany("ACME", "portal-pass-8");

    @TempDir
    Path home;
    private UiHarness app;
    private LocalTime daily;

    @Start
    void start(Stage stage) {
        app = new UiHarness(home, store -> new DefaultEngine(store, Clock.systemDefaultZone()));
        // Every day at a time a few hours away, whatever the time of this run.
        daily = ZonedDateTime.now().plusHours(3).toLocalTime().withSecond(0).withNano(0);
        app.start(stage, store -> {
            store.savePortal(new PortalSettings(fixture.platform().url(), "ACME", "portal-pass-8"));
            store.saveCompany(new Company(fixture.demo().code(), fixture.demo().name(), fixture.demo().file().toString(),
                    fixture.demo().file().toString(), EnumSet.allOf(ViewId.class)));
            store.saveUser(new com.bizsync.settings.MobileUser("pdurand", "Paul Durand", "",
                    java.util.Map.of(fixture.demo().code(), java.util.Set.of(ViewId.SALES_REVENUE))), "mobile-pass-8");
            store.saveSchedule(new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, daily, 1));
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theConsoleSaysWhenTheRunnerRunsAndWhenItStopped(FxRobot robot) throws Exception {
        Label bar = robot.lookup("#scheduler-state").queryAs(Label.class);
        waitForText(robot, bar, "Planificateur jamais démarré : les publications planifiées n’ont pas lieu");
        assertTrue(bar.getStyleClass().contains("result-failure"), "a warning");
        assertTrue(scheduleFolder(robot).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName()
                .equals("attention")), "the Planification folder is flagged");

        try (AppProcess runner = AppProcess.start(home, "scheduler")) {
            String expected = "Planificateur actif — prochaine publication "
                    + SchedulerState.when(nextDaily());
            robot.interact(() -> app.shell().console().model().readScheduler());
            waitForText(robot, bar, expected);
            assertTrue(bar.getStyleClass().contains("result-success"), bar.getStyleClass().toString());
            robot.clickOn("#folder-settings");
            robot.clickOn("#folder-schedule");
            assertEquals(expected, robot.lookup("#schedule-runner").queryAs(Label.class).getText());
            assertTrue(scheduleFolder(robot).getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName()
                    .equals("attention")), "nothing to flag while it runs");
            Screenshots.save(app.stage().getScene().getRoot(), "console-scheduler-running");

            runner.stop(30);
        }
        // The console reads the heartbeat every 20 s by itself.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> bar.getText().startsWith("Planificateur arrêté depuis "));
        WaitForAsyncUtils.waitForFxEvents();
        Label page = robot.lookup("#schedule-runner").queryAs(Label.class);
        assertTrue(page.getText().startsWith("Planificateur arrêté depuis ") && page.getText().endsWith(
                "les publications planifiées n’ont pas lieu. Démarrez le service BizSync (Windows : Services, « BizSync » ;"
                        + " Linux : systemctl start bizsync-scheduler)."), page.getText());
        assertTrue(bar.getStyleClass().contains("result-failure"));
        Screenshots.save(app.stage().getScene().getRoot(), "console-scheduler-stopped");
    }

    private ZonedDateTime nextDaily() {
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime today = now.with(daily);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    private static TreeCell<?> scheduleFolder(FxRobot robot) {
        return robot.lookup("#folder-schedule").queryAs(TreeCell.class);
    }

    private static void waitForText(FxRobot robot, Label label, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text.equals(label.getText()));
            // The text is set first: let the FX thread finish that update before looking further.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected « " + text + " », shown « " + label.getText() + " »");
        }
    }
}
