package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.cli.DemoSetup;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.Family;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.PublishedDemoConsole;
import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * What the console removes from the platform, checked on the real platform on 127.0.0.1 the way a
 * phone sees it: a family's published data, and everything the customer has there. Each status
 * sentence names what it is about.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolePlatformDataTest {
    @TempDir
    Path tmp;
    private PublishedDemoConsole demo;
    private DemoWorld world;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        demo = PublishedDemoConsole.start(stage, tmp);
        world = demo.world;
        app = demo.app;
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private String status(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.shell().console().model().busy().isRunning()
                && robot.lookup("#console-status").tryQuery().map(Node::isVisible).orElse(false));
        Label status = label(robot, "console-status");
        assertTrue(status.getStyleClass().contains("result-success"), status.getText());
        return status.getText();
    }

    private void select(FxRobot robot, ConsoleFolder folder) {
        robot.interact(() -> app.shell().console().select(folder));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFamilysPublishedDataIsDeletedFromThePlatformAndTheFamilyKept(FxRobot robot) throws Exception {
        String token = world.directionToken(DemoSetup.FAMILY);
        assertEquals(200, world.phone.views(token, DemoSetup.FAMILY).status(), "published at the start");

        select(robot, ConsoleFolder.FAMILIES);
        TableView<Family> families = robot.lookup("#families-table").queryTableView();
        robot.interact(() -> families.getSelectionModel().select(0));
        robot.clickOn("#action-family-unpublish");
        assertEquals("Supprimer de la plateforme les données publiées de la famille GROUPE (Groupe démo) ?",
                label(robot, "dialog-message").getText());
        assertTrue(robot.lookup("#dialog-no").queryButton().isDefaultButton(), "Enter does not delete");
        robot.clickOn("#dialog-no");
        assertEquals(200, world.phone.views(token, DemoSetup.FAMILY).status(), "no: nothing deleted");

        robot.clickOn("#action-family-unpublish");
        robot.clickOn("#dialog-yes");
        assertEquals("GROUPE : Données publiées supprimées de la plateforme.", status(robot));
        assertEquals(404, world.phone.views(token, DemoSetup.FAMILY).status(), "the family's data is gone");
        assertEquals(200, world.phone.views(token, world.code(0)).status(), "its companies' data stays");
        assertEquals(DemoSetup.FAMILY, world.store.families().get(0).code(), "the family stays in the settings");
    }

    @Test
    void aCompanysStatusNamesTheCompany(FxRobot robot) throws Exception {
        select(robot, ConsoleFolder.COMPANIES);
        robot.interact(() -> robot.lookup("#companies-table").queryTableView().getSelectionModel().select(0));
        String code = world.store.companies().get(0).code();
        robot.clickOn("#action-company-publish");
        String sentence = status(robot);
        assertTrue(sentence.startsWith(code + " : "), sentence);
        assertTrue(sentence.endsWith("vues publiées (2 Ko envoyés)."), sentence);
    }

    @Test
    void everythingOnThePlatformIsWipedAfterAConfirmation(FxRobot robot) throws Exception {
        String first = world.code(0);
        String token = world.directionToken(first);
        assertEquals(200, world.phone.views(token, first).status());

        select(robot, ConsoleFolder.ROOT);
        robot.clickOn("#action-wipe-platform");
        assertTrue(label(robot, "dialog-message").getText().startsWith(
                "Supprimer de la plateforme toutes les données du client DEMO"), label(robot, "dialog-message").getText());
        assertTrue(robot.lookup("#dialog-no").queryButton().isDefaultButton(), "Enter does not wipe");
        robot.clickOn("#dialog-no");
        assertEquals(200, world.phone.views(token, first).status(), "no: nothing deleted");

        robot.clickOn("#action-wipe-platform");
        robot.clickOn("#dialog-yes");
        assertEquals("DEMO : Toutes les données de ce client ont été supprimées de la plateforme.", status(robot));
        assertEquals(401, world.phone.signIn(DemoSetup.CUSTOMER, first, DemoSetup.DIRECTION,
                DemoSetup.DIRECTION_PASSWORD).status(), "the mobile users are gone from the platform");
        // Once the users are sent again, they find no data left: the publications are gone too.
        assertTrue(world.engine.publishUsers().success());
        String again = world.directionToken(first);
        assertEquals(404, world.phone.views(again, first).status());
        assertEquals(404, world.phone.views(again, DemoSetup.FAMILY).status());
        assertEquals(3, world.store.companies().size(), "the console's settings are kept");
    }

    @Test
    void theWipeIsAlsoOfferedOnTheConnectionPageInEnglishToo(FxRobot robot) {
        select(robot, ConsoleFolder.CONNECTION);
        assertFalse(robot.lookup("#action-wipe-platform").queryButton().isDisabled());
        Messages.setLocale(Locale.ENGLISH);
        robot.interact(() -> app.shell().showConsole());
        select(robot, ConsoleFolder.CONNECTION);
        assertEquals("Delete all my data from the platform…", robot.lookup("#action-wipe-platform").queryButton().getText());
        robot.clickOn("#action-wipe-platform");
        assertEquals("Delete all the data of customer DEMO from the platform: the published data of all its companies and"
                + " families, and its mobile users, who will no longer be able to sign in? The console's settings are kept:"
                + " publishing again sends everything back.", label(robot, "dialog-message").getText());
        robot.clickOn("#dialog-no");
        Messages.setLocale(Locale.FRENCH);
    }
}
