package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.ui.UiHarness;
import com.bizsync.views.ExtractionSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
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

/** The company dialog's « Paramètres » tab: the extraction options, refused when mistyped, saved with the company. */
@ExtendWith(ApplicationExtension.class)
class CompanyOptionsTabTest {
    private static Path bijou;
    private static Path orfev;

    @TempDir
    Path home;
    private UiHarness app;

    @BeforeAll
    static void demoCompanies() throws IOException {
        bijou = ConfiguredSettings.demoFile("test-company-options", "BIJOU.db");
        orfev = ConfiguredSettings.demoFile("test-company-options", "ORFEV.db");
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

    @SuppressWarnings("unchecked")
    @Test
    void theOptionsAreCheckedAsTypedAndSavedWithTheCompany(FxRobot robot) throws Exception {
        robot.clickOn("#folder-companies");
        robot.clickOn("#action-company-new");
        type(robot, "company-code", "ORFEV");
        type(robot, "company-name", "Orfèvrerie du Rhône SAS");
        type(robot, "company-accounting", orfev.toString());
        type(robot, "company-commercial", orfev.toString());
        robot.clickOn("#company-tab-options");

        type(robot, "company-cash-prefixes", "512, 5x");
        assertEquals("« 5x » n’est pas un début de compte : saisissez uniquement des chiffres (par exemple 70 ou 706).",
                label(robot, "company-cash-prefixes-error").getText());
        robot.clickOn("#company-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#company-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertTrue(app.store().company("ORFEV").isEmpty(), "a mistyped prefix is not saved");

        type(robot, "company-cash-prefixes", "512, 53");
        type(robot, "company-revenue-prefixes", "706");
        assertEquals("", label(robot, "company-cash-prefixes-error").getText());
        ComboBox<Integer> customers = robot.lookup("#company-customer-group").queryComboBox();
        assertEquals("Catégorie tarifaire", customers.getConverter().toString(customers.getValue()), "the default");
        assertEquals("Champ statistique 1 (CT_Statistique01)", customers.getConverter().toString(1));
        robot.interact(() -> customers.setValue(1));
        ComboBox<Integer> items = robot.lookup("#company-item-group").queryComboBox();
        assertEquals("Famille d’articles", items.getConverter().toString(items.getValue()), "the default");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), items.getItems(), "Sage has five item statistical fields");

        robot.clickOn("#company-dialog-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#company-dialog").tryQuery().isEmpty());
        assertEquals(new ExtractionSettings(List.of("706"), List.of("512", "53"), 1, 0),
                app.store().company("ORFEV").orElseThrow().extraction());
        assertEquals(ExtractionSettings.DEFAULTS, app.store().company("BIJOU").orElseThrow().extraction());
    }
}
