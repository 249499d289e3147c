package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.settings.Family;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A family whose companies have different current fiscal years (the demo's CAVES closes in June,
 * BIJOU in December) is refused when it is saved, with a sentence naming both companies, and
 * not only later at publication.
 */
@ExtendWith(ApplicationExtension.class)
class FamilyConsistencyTest {
    @TempDir
    Path tmp;
    private DemoWorld world;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        world = DemoWorld.create(tmp);
        app = new UiHarness(tmp.resolve("home"), store -> new DefaultEngine(store, Clock.systemUTC(),
                () -> DemoDatabaseGenerator.REFERENCE_DAY, DemoWorld.FAST));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.close();
        world.close();
    }

    @Test
    void companiesWithDifferentFiscalYearsAreRefusedWhenTheFamilyIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#folder-families");
        robot.clickOn("#action-family-new");
        type(robot, "family-code", "MIXTE");
        type(robot, "family-name", "Groupe mixte");
        robot.clickOn("#family-member-BIJOU");
        robot.clickOn("#family-member-CAVES");
        robot.clickOn("#family-dialog-save");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !label(robot, "family-dialog-error").getText().isEmpty());
        String refusal = label(robot, "family-dialog-error").getText();
        assertTrue(refusal.startsWith("La famille Groupe mixte ne peut pas être consolidée : l'exercice en cours de"
                + " Bijoux Lumière SARL"), refusal);
        assertTrue(refusal.contains("diffère de celui de Caves de Loire SA"), refusal);
        assertTrue(robot.lookup("#family-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertFalse(app.store().families().stream().anyMatch(f -> f.code().equals("MIXTE")), "nothing saved");

        robot.clickOn("#family-member-CAVES");
        robot.clickOn("#family-member-ORFEV");
        robot.clickOn("#family-dialog-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#family-dialog").tryQuery().isEmpty());
        Family saved = app.store().families().stream().filter(f -> f.code().equals("MIXTE")).findFirst().orElseThrow();
        assertEquals(List.of("BIJOU", "ORFEV"), saved.companyCodes());
    }

    @Test
    void theMissingCompaniesAreAskedForUnderTheListOnlyOnceTheUserTriedToSave(FxRobot robot) {
        robot.clickOn("#folder-families");
        robot.clickOn("#action-family-new");
        type(robot, "family-code", "sud");
        assertEquals("SUD", robot.lookup("#family-code").queryAs(javafx.scene.control.TextField.class).getText(),
                "a family code typed in lower case is written in upper case");
        type(robot, "family-name", "Groupe Sud");
        assertFalse(anyLabelSays(robot, "Choisissez au moins une société pour la famille."),
                "no reproach before the user did anything with the companies");

        robot.clickOn("#family-dialog-save");
        assertEquals("Choisissez au moins une société pour la famille.", label(robot, "family-members-error").getText());
        assertTrue(robot.lookup("#family-members").query().getStyleClass().contains("field-invalid"));
        assertTrue(robot.lookup("#family-dialog").tryQuery().isPresent());

        robot.clickOn("#family-member-BIJOU");
        assertFalse(anyLabelSays(robot, "Choisissez au moins une société pour la famille."));
        assertFalse(robot.lookup("#family-members").query().getStyleClass().contains("field-invalid"));

        robot.clickOn("#family-dialog-cancel");
        robot.clickOn("#dialog-unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#family-dialog").tryQuery().isEmpty());
    }

    private static boolean anyLabelSays(FxRobot robot, String sentence) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l && n.isVisible()
                && sentence.equals(l.getText())).tryQuery().isPresent();
    }
}
