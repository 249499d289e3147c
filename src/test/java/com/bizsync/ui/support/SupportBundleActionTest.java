package com.bizsync.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.testing.ConsoleStandIn;
import com.bizsync.ui.common.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The console's support action writes the zip off the FX thread and tells the user where it is. */
@ExtendWith(ApplicationExtension.class)
class SupportBundleActionTest {
    @TempDir
    Path home;

    private String previousHome;
    private SqliteSettingsStore store;
    private ExecutorService background;
    private Stage console;

    @Start
    void start(Stage stage) {
        console = ConsoleStandIn.show(stage, 300, 200);
    }

    @AfterEach
    void stop() {
        if (previousHome == null) {
            System.clearProperty("bizsync.home");
        } else {
            System.setProperty("bizsync.home", previousHome);
        }
        background.shutdownNow();
        store.close();
    }

    /** The dialog opens after the background work; wait until its OK button can be clicked. */
    private static void awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dialog-ok").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savesTheBundleAndSaysWhereItIs(FxRobot robot) throws Exception {
        // The bundle reads the logs of the BizSync home: point it at this test's folder.
        previousHome = System.getProperty("bizsync.home");
        System.setProperty("bizsync.home", home.toString());
        Files.writeString(Files.createDirectories(home.resolve("logs")).resolve("bizsync.log"), "INFO started\n");
        store = SqliteSettingsStore.open(home);
        background = Executors.newFixedThreadPool(2);
        AppContext context = new AppContext(store, new DefaultEngine(store, Clock.systemUTC()), background, console);
        Path zip = home.resolve("support.zip");

        CompletableFuture<Path> saved = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> SupportBundleAction.save(context, zip)));
        awaitDialog(robot);
        assertEquals(Messages.get("support.done", zip), robot.lookup("#dialog-message").queryLabeled().getText());
        robot.clickOn("#dialog-ok");
        assertEquals(zip, saved.get(10, TimeUnit.SECONDS));

        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertTrue(names.containsAll(Set.of("logs/bizsync.log", "settings.json", "journal-publication.csv")), names.toString());
    }

    @Test
    void aFolderThatDoesNotExistGivesOneSentence(FxRobot robot) throws Exception {
        store = SqliteSettingsStore.open(home);
        background = Executors.newFixedThreadPool(2);
        AppContext context = new AppContext(store, new DefaultEngine(store, Clock.systemUTC()), background, console);
        Path zip = home.resolve("missing-folder").resolve("support.zip");

        WaitForAsyncUtils.asyncFx(() -> SupportBundleAction.save(context, zip));
        awaitDialog(robot);
        assertEquals(Messages.get("support.failed", zip), robot.lookup("#dialog-message").queryLabeled().getText());
        robot.clickOn("#dialog-ok");
        assertTrue(Files.notExists(zip));
    }
}
