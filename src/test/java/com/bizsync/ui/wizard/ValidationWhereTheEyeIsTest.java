package com.bizsync.ui.wizard;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import javafx.scene.Node;
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
 * Validation where the eye is, in the first-run wizard: each reason under its own field with the
 * field marked, an address typed without its scheme completed with https://, a folder code typed
 * in lower case written in upper case.
 */
@ExtendWith(ApplicationExtension.class)
class ValidationWhereTheEyeIsTest {
    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        // No Test button is pressed: no engine is needed.
        app = new UiHarness(home, store -> null);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static boolean marked(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).query().getStyleClass().contains("field-invalid");
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    @Test
    void anAddressWithoutSchemeGetsHttpsAndTheRefusedFieldIsMarked(FxRobot robot) {
        type(robot, "portal-url", "bizsync.example");
        robot.clickOn("#portal-customer");
        assertEquals("https://bizsync.example", text(robot, "portal-url"), "completed when the field is left");
        assertFalse(marked(robot, "portal-url"));

        robot.write("acme");
        assertTrue(marked(robot, "portal-customer"), "the refused field is marked");
        assertEquals("Le code client ne contient que des lettres majuscules sans accent et des chiffres (20 au plus) :"
                + " vérifiez-le sur votre contrat.", label(robot, "portal-customer-error").getText());
        type(robot, "portal-customer", "ACME");
        assertFalse(marked(robot, "portal-customer"));
        robot.clickOn("#wizard-next");
        assertTrue(marked(robot, "portal-password"), "Next marks the field still missing");
        assertEquals("Saisissez le mot de passe du portail.", label(robot, "portal-password-error").getText());
        assertFalse(shown(robot, "portal-page-error"), "the reason is under its field, not repeated under the form");

        robot.clickOn("#portal-password").write("s3cret-pass");
        robot.clickOn("#wizard-next");
        assertEquals("database", app.shell().wizard().currentStepId());
        assertEquals("https://bizsync.example", app.store().portal().platformUrl());
        assertEquals("ACME", app.store().portal().customerCode());
    }

    @Test
    void eachDatabaseReasonIsUnderItsOwnField(FxRobot robot) {
        type(robot, "portal-url", "https://bizsync.example");
        type(robot, "portal-customer", "ACME");
        robot.clickOn("#portal-password").write("s3cret-pass");
        robot.clickOn("#wizard-next");
        assertEquals("database", app.shell().wizard().currentStepId());
        assertFalse(shown(robot, "database-host-error"), "nothing is refused before the user did anything");

        robot.clickOn("#database-auth-windows");
        robot.clickOn("#wizard-next");
        assertEquals("Saisissez le nom du serveur SQL Server.", label(robot, "database-host-error").getText());
        assertTrue(marked(robot, "database-host"));
        assertEquals("Saisissez le domaine Windows du compte (authentification Windows).",
                label(robot, "database-domain-error").getText());
        assertTrue(marked(robot, "database-domain"));
        assertEquals("Saisissez l’utilisateur de la base de données.", label(robot, "database-user-error").getText());
        assertTrue(marked(robot, "database-user"));
        assertFalse(shown(robot, "database-page-error"));

        type(robot, "database-host", "srv-compta");
        assertFalse(shown(robot, "database-host-error"));
        assertFalse(marked(robot, "database-host"));
    }

    @Test
    void aFolderCodeTypedInLowerCaseIsWrittenInUpperCase(FxRobot robot) {
        type(robot, "portal-url", "https://bizsync.example");
        type(robot, "portal-customer", "ACME");
        robot.clickOn("#portal-password").write("s3cret-pass");
        robot.clickOn("#wizard-next");
        type(robot, "database-host", "localhost");
        type(robot, "database-user", "sa");
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-next");
        assertEquals("companies", app.shell().wizard().currentStepId());

        type(robot, "company-code", "bijou2");
        assertEquals("BIJOU2", text(robot, "company-code"));
        assertFalse(shown(robot, "company-code-error"));
    }
}
