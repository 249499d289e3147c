package com.bizsync.ui.wizard;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.testing.RefusedPort;
import com.bizsync.ui.UiHarness;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * The wizard's database step: before any company exists, its Test contacts the SQL Server typed
 * in (here one that refuses connections) instead of calling the settings fine; when every
 * company is a demo file, the step says no SQL Server login is needed and lets the user go on.
 */
@ExtendWith(ApplicationExtension.class)
class WizardServerLoginTest {
    @TempDir
    Path home;
    private UiHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new UiHarness(home, store -> new DefaultEngine(store, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void openAtTheDatabaseStep(FxRobot robot, java.util.function.Consumer<com.bizsync.settings.SqliteSettingsStore> before) {
        robot.interact(() -> app.start(stage, store -> {
            store.savePortal(new PortalSettings("https://bizsync.example", "ACME", "portal-pass"));
            store.markWizardStep("portal", true);
            before.accept(store);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("database", app.shell().wizard().currentStepId());
    }

    @Test
    void beforeAnyCompanyTheTestContactsTheServerAndSaysItDoesNotAnswer(FxRobot robot) throws Exception {
        openAtTheDatabaseStep(robot, store -> { });
        int port = RefusedPort.find();
        assertFalse(shown(robot, "database-not-needed"), "no company yet: the login is needed");
        type(robot, "database-host", "127.0.0.1");
        type(robot, "database-port", String.valueOf(port));
        type(robot, "database-user", "sa");
        robot.clickOn("#database-password").write("sa-pass");
        robot.clickOn("#database-test");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown(robot, "database-test-result")
                && !robot.lookup("#database-test").query().isDisabled());
        Label result = label(robot, "database-test-result");
        assertTrue(result.getStyleClass().contains("result-failure"), result.getText());
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://127.0.0.1:" + port + "/master ne répond pas :"
                + " vérifiez le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.",
                result.getText());
    }

    @Test
    void withOnlyDemoFileCompaniesNoLoginIsNeededAndTheStepCanBeLeftBlank(FxRobot robot) {
        Path file = ConfiguredSettings.demoFile("test-wizard-login", "BIJOU.db");
        openAtTheDatabaseStep(robot, store -> store.saveCompany(new Company("BIJOU", "Bijoux Lumière SARL",
                file.toString(), file.toString(), EnumSet.allOf(ViewId.class))));
        assertTrue(shown(robot, "database-not-needed"));
        assertEquals("Vos sociétés sont des fichiers de démonstration : aucune connexion SQL Server n’est nécessaire."
                + " Laissez ces champs vides, ou renseignez-les pour ajouter plus tard des sociétés SQL Server.",
                label(robot, "database-not-needed").getText());
        robot.clickOn("#wizard-next");
        assertEquals("proxy", app.shell().wizard().currentStepId(), "a blank login is accepted");
        assertTrue(app.store().completedWizardSteps().contains("database"));
        assertEquals("", app.store().databaseLogin().host());
    }
}
