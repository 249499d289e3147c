package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Company;
import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.ui.UiHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
 * The company dialog checks its database: its own Test says whether the file exists and is a
 * Sage company, and Save refuses a company whose file is missing or is not one, with the reason.
 */
@ExtendWith(ApplicationExtension.class)
class CompanyDialogCheckTest {
    private static final Path FOLDER = Path.of("target", "test-company-check").toAbsolutePath();
    private static Path bijou;
    private static Path orfev;

    @TempDir
    Path home;
    private UiHarness app;

    @BeforeAll
    static void demoCompanies() throws IOException {
        bijou = ConfiguredSettings.demoFile("test-company-check", "BIJOU.db");
        orfev = ConfiguredSettings.demoFile("test-company-check", "ORFEV.db");
        Files.writeString(FOLDER.resolve("notes.db"), "pas une base");
    }

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> ConfiguredSettings.fill(store, bijou));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static Label testResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#company-test-result").tryQuery()
                .map(Node::isVisible).orElse(false) && !robot.lookup("#company-test").query().isDisabled());
        return label(robot, "company-test-result");
    }

    private static Label dialogError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !label(robot, "company-dialog-error").getText().isEmpty());
        return label(robot, "company-dialog-error");
    }

    @Test
    void aMissingOrForeignFileIsReportedByTheTestAndRefusedOnSave(FxRobot robot) throws Exception {
        robot.clickOn("#folder-companies");
        robot.clickOn("#action-company-new");
        type(robot, "company-code", "ORFEV");
        type(robot, "company-name", "Orfèvrerie du Rhône SAS");
        Path missing = FOLDER.resolve("absent.db");
        type(robot, "company-accounting", missing.toString());

        robot.clickOn("#company-test");
        Label missingResult = testResult(robot);
        assertTrue(missingResult.getStyleClass().contains("result-failure"), missingResult.getText());
        assertEquals("Échec de connexion au fichier comptable « " + missing + " » : Le fichier " + missing
                + " n'existe pas : vérifiez le chemin de la base.", missingResult.getText());

        robot.clickOn("#company-dialog-save");
        assertEquals("Échec de connexion au fichier comptable « " + missing + " » : Le fichier " + missing
                + " n'existe pas : vérifiez le chemin de la base.", dialogError(robot).getText());
        assertTrue(robot.lookup("#company-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertEquals(List.of("BIJOU"), app.store().companies().stream().map(Company::code).toList());

        Path notes = FOLDER.resolve("notes.db");
        type(robot, "company-accounting", notes.toString());
        robot.clickOn("#company-test");
        Label foreign = testResult(robot);
        assertTrue(foreign.getStyleClass().contains("result-failure"), foreign.getText());
        assertEquals("Échec de connexion au fichier comptable « " + notes + " » : Le fichier " + notes
                + " n'est pas une base SQLite : choisissez le fichier de la société.", foreign.getText());

        type(robot, "company-accounting", orfev.toString());
        robot.clickOn("#company-test");
        Label found = testResult(robot);
        assertTrue(found.getStyleClass().contains("result-success"), found.getText());
        assertEquals("Connexion réussie : fichier comptable « " + orfev + " ».", found.getText());

        robot.clickOn("#company-dialog-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#company-dialog").tryQuery().isEmpty());
        assertEquals(List.of("BIJOU", "ORFEV"), app.store().companies().stream().map(Company::code).toList());
        assertEquals(orfev.toString(), app.store().company("ORFEV").orElseThrow().accountingDatabase());
    }
}
