package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Company;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.Schedule;
import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved changes are never dropped silently: leaving a settings page (another folder, closing
 * the window) or an editor dialog with changes asks « Enregistrer / Ne pas enregistrer /
 * Annuler », and each answer does what it says.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesTest {
    private static final PortalSettings PORTAL = ConfiguredSettings.PORTAL;
    private static Path demoFile;

    @TempDir
    Path home;
    private UiHarness app;

    @BeforeAll
    static void demoCompany() {
        demoFile = ConfiguredSettings.demoFile("test-unsaved", "BIJOU.db");
    }

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> ConfiguredSettings.fill(store, demoFile));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static boolean asked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#dialog-unsaved").tryQuery().isPresent();
    }

    private static String question(FxRobot robot) {
        Node pane = robot.lookup("#dialog-unsaved").query();
        return robot.from(pane).lookup("#dialog-message").queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    private ConsoleFolder folder() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.shell().console().model().folder().get();
    }

    @Test
    void leavingAnEditedSettingsPageAsksAndEachAnswerDoesWhatItSays(FxRobot robot) {
        robot.clickOn("#folder-connection");
        type(robot, "portal-customer", "ACME2");

        robot.clickOn("#folder-companies");
        assertTrue(asked(robot), "leaving with a change asks");
        assertEquals("Les modifications de la page Connexion ne sont pas enregistrées. Voulez-vous les enregistrer ?",
                question(robot));
        assertEquals("Enregistrer", robot.lookup("#dialog-unsaved-save").queryButton().getText());
        assertEquals("Ne pas enregistrer", robot.lookup("#dialog-unsaved-discard").queryButton().getText());
        assertEquals("Annuler", robot.lookup("#dialog-unsaved-cancel").queryButton().getText());
        robot.clickOn("#dialog-unsaved-cancel");
        assertEquals(ConsoleFolder.CONNECTION, folder(), "Annuler stays on the page");
        assertEquals("ACME2", text(robot, "portal-customer"), "with the change still typed");

        robot.clickOn("#folder-companies");
        assertTrue(asked(robot));
        robot.clickOn("#dialog-unsaved-discard");
        assertEquals(ConsoleFolder.COMPANIES, folder());
        assertEquals(PORTAL, app.store().portal(), "Ne pas enregistrer leaves the settings as they were");
        robot.clickOn("#folder-connection");
        assertFalse(asked(robot), "nothing to ask when entering a page");
        assertEquals("ACME", text(robot, "portal-customer"));

        type(robot, "portal-customer", "ACME3");
        robot.clickOn("#folder-proxy");
        assertTrue(asked(robot));
        robot.clickOn("#dialog-unsaved-save");
        assertEquals(ConsoleFolder.PROXY, folder());
        assertEquals("ACME3", app.store().portal().customerCode(), "Enregistrer saved the change");

        robot.clickOn("#folder-companies");
        assertFalse(asked(robot), "a page without changes is left without a question");
    }

    @Test
    void anInvalidChangeIsNotSavedAndThePageStays(FxRobot robot) {
        robot.clickOn("#folder-connection");
        type(robot, "portal-customer", "");
        robot.clickOn("#folder-companies");
        assertTrue(asked(robot));
        robot.clickOn("#dialog-unsaved-save");
        assertEquals(ConsoleFolder.CONNECTION, folder(), "an invalid page cannot be saved: it stays, with its reason");
        assertEquals("Saisissez votre code client.", robot.lookup("#portal-customer-error").queryAs(Label.class).getText());
        assertEquals(PORTAL, app.store().portal());
    }

    @Test
    void closingTheWindowWithAnEditedPageAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#folder-schedule");
        robot.interact(() -> robot.lookup("#schedule-frequency").<Schedule.Frequency>queryComboBox()
                .setValue(Schedule.Frequency.DAILY));
        type(robot, "schedule-first", "06:30");
        Stage stage = app.stage();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        assertEquals("Les modifications de la page Planification ne sont pas enregistrées. Voulez-vous les"
                + " enregistrer ?", question(robot));
        robot.clickOn("#dialog-unsaved-save");
        assertEquals(new Schedule(Schedule.Frequency.DAILY, java.time.DayOfWeek.MONDAY, 1, LocalTime.of(6, 30), 1),
                app.store().schedule());
    }

    @Test
    void switchingTheLanguageWithAnEditedPageAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#folder-proxy");
        robot.clickOn("#proxy-mode-manual");
        type(robot, "proxy-host", "proxy.local");
        javafx.scene.control.ComboBox<java.util.Locale> language = robot.lookup("#language").queryComboBox();
        Platform.runLater(() -> language.setValue(java.util.Locale.ENGLISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        assertEquals("Les modifications de la page Proxy ne sont pas enregistrées. Voulez-vous les enregistrer ?",
                question(robot));
        robot.clickOn("#dialog-unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Locale.FRENCH, robot.lookup("#language").queryComboBox().getValue(),
                "Annuler keeps the language");
        assertEquals("Proxy", robot.lookup("#folder-proxy").queryAs(javafx.scene.control.TreeCell.class).getText());
        assertEquals("proxy.local", text(robot, "proxy-host"), "and the change typed");
        assertEquals(ProxySettings.SYSTEM, app.store().proxy());
    }

    @Test
    void closingAnEditedCompanyDialogAsksAndEachAnswerDoesWhatItSays(FxRobot robot) throws Exception {
        robot.clickOn("#folder-companies");
        TableView<Company> table = robot.lookup("#companies-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#action-company-open");
        type(robot, "company-name", "Bijoux Lumière SA");

        robot.clickOn("#company-dialog-cancel");
        assertTrue(asked(robot), "closing with a change asks");
        assertEquals("Les modifications de la société BIJOU ne sont pas enregistrées. Voulez-vous les enregistrer ?",
                question(robot));
        robot.clickOn("#dialog-unsaved-cancel");
        assertTrue(robot.lookup("#company-dialog").tryQuery().isPresent(), "Annuler goes back to the dialog");
        assertEquals("Bijoux Lumière SA", text(robot, "company-name"));

        robot.type(KeyCode.ESCAPE);
        assertTrue(asked(robot), "Escape asks too");
        robot.clickOn("#dialog-unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#company-dialog").tryQuery().isEmpty());
        assertEquals("Bijoux Lumière SARL", app.store().company("BIJOU").orElseThrow().name());

        robot.clickOn("#action-company-open");
        assertEquals("Bijoux Lumière SARL", text(robot, "company-name"));
        robot.clickOn("#company-dialog-cancel");
        assertFalse(asked(robot), "no change, no question");
        assertTrue(robot.lookup("#company-dialog").tryQuery().isEmpty());

        robot.clickOn("#action-company-open");
        type(robot, "company-name", "Bijoux Lumière SA");
        robot.clickOn("#company-dialog-cancel");
        assertTrue(asked(robot));
        robot.clickOn("#dialog-unsaved-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#company-dialog").tryQuery().isEmpty());
        assertEquals("Bijoux Lumière SA", app.store().company("BIJOU").orElseThrow().name());
    }

    @Test
    void closingAnEditedUserDialogAsks(FxRobot robot) {
        robot.clickOn("#folder-users");
        robot.clickOn("#action-user-new");
        type(robot, "user-name", "Claire Moreau");
        robot.clickOn("#user-dialog-cancel");
        assertTrue(asked(robot));
        assertEquals("Le nouvel utilisateur n’est pas enregistré. Voulez-vous l’enregistrer ?", question(robot));
        robot.clickOn("#dialog-unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#user-dialog").tryQuery().isEmpty());
        assertEquals(1, app.store().users().size());
    }
}
