package com.bizsync.ui.wizard;

import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.Shell;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.shots.Screenshots;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The first-run wizard on a fresh settings folder: validation as you type, Next refused with the
 * reason under its own field (the field marked), values saved when a step is left, an address
 * without scheme completed with https://, folder codes in upper case, and a restarted console
 * resuming the unfinished wizard at its first incomplete step.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardTest {
    @TempDir
    Path home;

    private UiHarness app;

    @Start
    void start(Stage stage) {
        // These steps never call the engine (no Test button is pressed): none is built.
        app = new UiHarness(home, store -> null);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    private static boolean marked(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).query().getStyleClass().contains("field-invalid");
    }

    private static String fieldText(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    @Test
    void opensOnTheFirstStepAndRefusesNextUntilThePortalIsValid(FxRobot robot) {
        assertEquals(Shell.Screen.WIZARD, app.shell().screen());
        assertEquals("portal", app.shell().wizard().currentStepId());
        Screenshots.save(app.stage().getScene().getRoot(), "wizard-1-portal-empty");

        type(robot, "portal-url", "plateforme sans schema");
        assertEquals(SettingsValidator.platformUrlError("plateforme sans schema").orElseThrow(),
                text(robot, "portal-url-error"));
        type(robot, "portal-customer", "acme");
        assertEquals(SettingsValidator.customerCodeError("acme").orElseThrow(), text(robot, "portal-customer-error"));

        robot.clickOn("#wizard-next");
        assertEquals("portal", app.shell().wizard().currentStepId(), "an invalid step must not be left");
        assertTrue(app.store().completedWizardSteps().isEmpty());
        Screenshots.save(app.stage().getScene().getRoot(), "wizard-1-portal-invalid");

        type(robot, "portal-url", "https://bizsync.example");
        type(robot, "portal-customer", "ACME");
        robot.clickOn("#portal-password").write("s3cret-pass");
        assertFalse(shown(robot, "portal-url-error"));
        robot.type(javafx.scene.input.KeyCode.ENTER); // Next is the default button

        assertEquals("database", app.shell().wizard().currentStepId());
        assertEquals("https://bizsync.example", app.store().portal().platformUrl());
        assertEquals("ACME", app.store().portal().customerCode());
        assertEquals("s3cret-pass", app.store().portal().password());
        assertTrue(app.store().completedWizardSteps().contains("portal"));
        assertTrue(shown(robot, "wizard-step-done-portal"), "the completed step shows its check mark");
    }

    @Test
    void windowsLoginShowsTheDomainFieldOnlyWhenChosen(FxRobot robot) {
        completePortal(robot);
        assertFalse(shown(robot, "database-domain"));
        robot.clickOn("#database-auth-windows");
        assertTrue(shown(robot, "database-domain"));
        type(robot, "database-host", "srv-compta");
        type(robot, "database-user", "admin");
        robot.clickOn("#wizard-next");
        assertEquals("database", app.shell().wizard().currentStepId(), "a Windows login needs its domain");
        // The reason is under the domain field itself (issue 7, item 8), no longer under the form.
        assertEquals(SettingsValidator.databaseLoginError(new com.bizsync.settings.DatabaseLogin("srv-compta", "",
                        null, com.bizsync.settings.DatabaseLogin.Authentication.WINDOWS, "", "admin", "")).orElseThrow(),
                text(robot, "database-domain-error"));
        Screenshots.save(app.stage().getScene().getRoot(), "wizard-2-database-windows");
        robot.clickOn("#database-auth-sql");
        assertFalse(shown(robot, "database-domain"));
    }

    @Test
    void anInvalidFolderCodeIsRefusedWithItsReason(FxRobot robot) {
        completePortal(robot);
        completeDatabase(robot);
        robot.clickOn("#wizard-next"); // proxy: system default is valid
        assertEquals("schedule", app.shell().wizard().currentStepId());
        robot.clickOn("#wizard-next"); // schedule: none is a valid answer
        assertEquals("companies", app.shell().wizard().currentStepId());

        type(robot, "company-code", "bijou-1");
        type(robot, "company-name", "Bijoux du Sud");
        type(robot, "company-accounting", home.resolve("BIJOU.db").toString());
        assertEquals(SettingsValidator.folderCodeError("bijou-1").orElseThrow(), text(robot, "company-code-error"));
        robot.clickOn("#wizard-company-add");
        assertTrue(app.store().companies().isEmpty(), "a company with an invalid code must not be saved");
        robot.clickOn("#wizard-next");
        assertEquals("companies", app.shell().wizard().currentStepId(), "no company yet: Next is refused");
        Screenshots.save(app.stage().getScene().getRoot(), "wizard-4-companies-invalid-code");

        type(robot, "company-code", "BIJOU1");
        assertFalse(shown(robot, "company-code-error"));
        robot.clickOn("#wizard-company-add");
        assertEquals(1, app.store().companies().size());
        assertEquals("BIJOU1", app.store().companies().get(0).code());
    }

    @Test
    void aRestartedConsoleResumesTheUnfinishedWizard(FxRobot robot) {
        completePortal(robot);
        completeDatabase(robot);
        assertEquals("proxy", app.shell().wizard().currentStepId());

        Shell reopened = app.restart(robot);

        assertEquals(Shell.Screen.WIZARD, reopened.screen());
        assertEquals("proxy", reopened.wizard().currentStepId(), "resumes at the first incomplete step");
        assertTrue(shown(robot, "wizard-step-done-portal"));
        assertTrue(shown(robot, "wizard-step-done-database"));
        // A completed step can be revisited by clicking it, with its saved values.
        robot.clickOn("#wizard-step-portal");
        assertEquals("portal", reopened.wizard().currentStepId());
        assertEquals("https://bizsync.example", robot.lookup("#portal-url").queryAs(TextField.class).getText());
    }

    // ---- Validation where the eye is (issue 7, item 8) ----

    @Test
    void anAddressWithoutSchemeGetsHttpsAndTheRefusedFieldIsMarked(FxRobot robot) {
        type(robot, "portal-url", "bizsync.example");
        robot.clickOn("#portal-customer");
        assertEquals("https://bizsync.example", fieldText(robot, "portal-url"), "completed when the field is left");
        assertFalse(marked(robot, "portal-url"));

        robot.write("acme");
        assertTrue(marked(robot, "portal-customer"), "the refused field is marked");
        assertEquals("Le code client ne contient que des lettres majuscules sans accent et des chiffres (20 au plus) :"
                + " vérifiez-le sur votre contrat.", text(robot, "portal-customer-error"));
        type(robot, "portal-customer", "ACME");
        assertFalse(marked(robot, "portal-customer"));
        robot.clickOn("#wizard-next");
        assertTrue(marked(robot, "portal-password"), "Next marks the field still missing");
        assertEquals("Saisissez le mot de passe du portail.", text(robot, "portal-password-error"));
        assertFalse(shown(robot, "portal-page-error"), "the reason is under its field, not repeated under the form");

        robot.clickOn("#portal-password").write("s3cret-pass");
        robot.clickOn("#wizard-next");
        assertEquals("database", app.shell().wizard().currentStepId());
        assertEquals("https://bizsync.example", app.store().portal().platformUrl());
        assertEquals("ACME", app.store().portal().customerCode());
    }

    @Test
    void eachDatabaseReasonIsUnderItsOwnField(FxRobot robot) {
        completePortal(robot);
        assertFalse(shown(robot, "database-host-error"), "nothing is refused before the user did anything");

        robot.clickOn("#database-auth-windows");
        robot.clickOn("#wizard-next");
        assertEquals("Saisissez le nom du serveur SQL Server.", text(robot, "database-host-error"));
        assertTrue(marked(robot, "database-host"));
        assertEquals("Saisissez le domaine Windows du compte (authentification Windows).",
                text(robot, "database-domain-error"));
        assertTrue(marked(robot, "database-domain"));
        assertEquals("Saisissez l’utilisateur de la base de données.", text(robot, "database-user-error"));
        assertTrue(marked(robot, "database-user"));
        assertFalse(shown(robot, "database-page-error"));

        type(robot, "database-host", "srv-compta");
        assertFalse(shown(robot, "database-host-error"));
        assertFalse(marked(robot, "database-host"));
    }

    @Test
    void aFolderCodeTypedInLowerCaseIsWrittenInUpperCase(FxRobot robot) {
        completePortal(robot);
        completeDatabase(robot);
        robot.clickOn("#wizard-next");
        assertEquals("schedule", app.shell().wizard().currentStepId());
        robot.clickOn("#wizard-next");
        assertEquals("companies", app.shell().wizard().currentStepId());

        type(robot, "company-code", "bijou2");
        assertEquals("BIJOU2", fieldText(robot, "company-code"));
        assertFalse(shown(robot, "company-code-error"));
    }

    private void completePortal(FxRobot robot) {
        type(robot, "portal-url", "https://bizsync.example");
        type(robot, "portal-customer", "ACME");
        robot.clickOn("#portal-password").write("s3cret-pass");
        robot.clickOn("#wizard-next");
        assertEquals("database", app.shell().wizard().currentStepId());
    }

    private void completeDatabase(FxRobot robot) {
        type(robot, "database-host", "localhost");
        type(robot, "database-user", "sa");
        robot.clickOn("#database-password").write("sa-pass");
        robot.clickOn("#wizard-next");
        assertEquals("proxy", app.shell().wizard().currentStepId());
    }
}
