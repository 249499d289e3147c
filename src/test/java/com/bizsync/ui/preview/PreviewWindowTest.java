package com.bizsync.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.testing.ConsoleStandIn;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.common.AppContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window, opened from the console on a demo company, closes the usual ways. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest {
    @TempDir
    Path root;
    private Stage console;
    private DemoWorld world;
    private ExecutorService background;
    private Stage preview;

    @Start
    void start(Stage stage) {
        console = ConsoleStandIn.show(stage, 300, 200);
    }

    @AfterEach
    void stop() throws Exception {
        if (preview != null && preview.isShowing()) {
            WaitForAsyncUtils.asyncFx(preview::close).get(5, TimeUnit.SECONDS);
        }
        background.shutdownNow();
        world.close();
        Messages.setLocale(Locale.FRENCH);
    }

    private void open(FxRobot robot) throws Exception {
        if (world == null) {
            world = DemoWorld.create(root);
            background = Executors.newFixedThreadPool(2);
        }
        AppContext context = new AppContext(world.store, world.engine, background, console);
        preview = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                PreviewWindow.open(context, Optional.of(world.code(0)))));
        PreviewView view = (PreviewView) preview.getUserData();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(preview.isShowing());
    }

    @Test
    void escapeClosesThePreview(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#previewHeader");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.isShowing(), "Escape closes the preview");
    }

    @Test
    void theCloseButtonClosesThePreviewInBothLanguages(FxRobot robot) throws Exception {
        open(robot);
        Button close = robot.lookup("#previewClose").queryButton();
        assertEquals("Fermer", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.isShowing(), "Fermer closes the preview");

        Messages.setLocale(Locale.ENGLISH);
        open(robot);
        assertEquals("Close", robot.lookup("#previewClose").queryButton().getText());
        robot.clickOn("#previewClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.isShowing(), "Close closes the preview");
    }
}
