package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
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
 * « À propos » names the version the POM holds (what support asks first), and the console's
 * windows, that box included, carry BizSync's own icon in every size the window manager picks
 * from, not Java's.
 */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private static Path demoFile;

    @TempDir
    Path home;
    private UiHarness app;
    private Stage console;

    @BeforeAll
    static void demoCompany() {
        demoFile = ConfiguredSettings.demoFile("test-about", "BIJOU.db");
    }

    @Start
    void start(Stage stage) {
        console = stage;
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> ConfiguredSettings.fill(store, demoFile));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static List<Integer> widths(Stage stage) {
        return stage.getIcons().stream().map(Image::getWidth).map(Double::intValue).toList();
    }

    @Test
    void theAboutBoxNamesThePomVersionAndEveryWindowHasTheIcon(FxRobot robot) throws Exception {
        String pomVersion = System.getProperty("bizsync.pomVersion");
        assertTrue(pomVersion != null && !pomVersion.contains("$"), "Surefire passes the POM's version");
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), widths(console));

        robot.clickOn("#toolbar-about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        Node about = robot.lookup("#about-dialog").query();
        assertEquals("BizSync " + pomVersion, robot.from(about).lookup("#about-version").queryAs(Label.class).getText());
        assertEquals("À propos de BizSync", ((Stage) about.getScene().getWindow()).getTitle());
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), widths((Stage) about.getScene().getWindow()));

        robot.clickOn("#dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#about-dialog").tryQuery().isEmpty(), "OK closes the box");
    }
}
