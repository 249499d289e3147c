package com.bizsync.ui.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.testing.ConsoleStandIn;
import com.bizsync.ui.common.AppContext;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Page 1 of the publication wizard ticks exactly the settings that are saved, and holds the user there until the required ones are. */
@ExtendWith(ApplicationExtension.class)
class PublicationChecklistTest {
    @TempDir
    Path home;

    private SqliteSettingsStore store;
    private ExecutorService background;
    private Stage console;
    private Stage wizard;

    @Start
    void start(Stage stage) {
        console = ConsoleStandIn.show(stage, 200, 100);
    }

    @AfterEach
    void stop() throws Exception {
        if (wizard != null) {
            WaitForAsyncUtils.asyncFx(wizard::close).get(5, TimeUnit.SECONDS);
        }
        background.shutdownNow();
        store.close();
    }

    private Parent open() throws Exception {
        if (store == null) {
            store = SqliteSettingsStore.open(home);
            background = Executors.newFixedThreadPool(2);
        }
        if (wizard != null) {
            WaitForAsyncUtils.asyncFx(wizard::close).get(5, TimeUnit.SECONDS);
        }
        // The real engine; this page never calls it.
        AppContext context = new AppContext(store, new DefaultEngine(store, Clock.systemUTC()), background, console);
        wizard = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> PublicationWizard.open(context)));
        PublicationWizardViewModel model = ((PublicationWizardView) wizard.getUserData()).model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.checklist().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return wizard.getScene().getRoot();
    }

    private static boolean ticked(FxRobot robot, Parent root, String id) {
        return robot.from(root).lookup("#" + id + " .check-done").tryQuery().isPresent();
    }

    @Test
    void ticksFollowTheSavedSettings(FxRobot robot) throws Exception {
        Parent root = open();
        for (String id : new String[] {"check-portal", "check-companies", "check-database-login", "check-users", "check-schedule"}) {
            assertFalse(ticked(robot, root, id), id);
        }
        assertTrue(robot.from(root).lookup("#wizardNext").queryButton().isDisabled(), "nothing can be published yet");
        assertEquals(Messages.get("publication.settings.missingRequired"),
                robot.from(root).lookup("#settingsHint").queryLabeled().getText());

        store.savePortal(new PortalSettings("https://plateforme.example.fr", "ACME", "secret-portail"));
        store.saveCompany(new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM", Set.of(ViewId.SALES_REVENUE)));
        root = open();
        assertTrue(ticked(robot, root, "check-portal"));
        assertTrue(ticked(robot, root, "check-companies"));
        assertFalse(ticked(robot, root, "check-database-login"), "SQL Server companies need the database login");
        assertTrue(robot.from(root).lookup("#wizardNext").queryButton().isDisabled());

        store.saveDatabaseLogin(new DatabaseLogin("SAGESRV", "SAGE100", null, DatabaseLogin.Authentication.SQL, "", "sa",
                "secret-sql"));
        root = open();
        assertTrue(ticked(robot, root, "check-database-login"));
        assertFalse(robot.from(root).lookup("#wizardNext").queryButton().isDisabled());
        assertEquals(Messages.get("publication.settings.noUsers"), robot.from(root).lookup("#settingsHint").queryLabeled().getText());

        store.saveUser(new MobileUser("jdupont", "Jean Dupont", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))),
                "mot-de-passe-1");
        store.saveSchedule(new Schedule(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 1, LocalTime.of(7, 0), 1));
        root = open();
        assertTrue(ticked(robot, root, "check-users"));
        assertTrue(ticked(robot, root, "check-schedule"));
        assertEquals(Messages.get("publication.settings.ready"), robot.from(root).lookup("#settingsHint").queryLabeled().getText());
    }
}
