package com.bizsync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application class, as {@code bizsync console} starts it: settings opened from the
 * home folder, first-run wizard on a fresh installation, the settings file created there, and a
 * window at least 1000 × 650.
 */
class BizSyncAppTest {
    @TempDir
    Path home;
    private String previousHome;
    private Application app;

    @AfterEach
    void restore() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (previousHome == null) {
            System.clearProperty("bizsync.home");
        } else {
            System.setProperty("bizsync.home", previousHome);
        }
    }

    @Test
    void aFreshInstallationOpensTheFirstRunWizard() throws Exception {
        Messages.setLocale(Locale.FRENCH);
        previousHome = System.getProperty("bizsync.home");
        System.setProperty("bizsync.home", home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();

        app = FxToolkit.setupApplication(BizSyncApp::new);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("wizard", stage.getScene().getRoot().getId());
        assertEquals(Texts.t("wizard.title"), stage.getTitle());
        assertTrue(stage.getMinWidth() >= 1000 && stage.getMinHeight() >= 650);
        assertTrue(Files.exists(home.resolve(SqliteSettingsStore.FILE_NAME)), "settings created in the home folder");
        FxToolkit.cleanupApplication(app);
        app = null;
        // stop() closed the store: the file can be opened again and nothing was marked complete.
        try (SettingsStore reopened = SqliteSettingsStore.open(home)) {
            assertTrue(reopened.completedWizardSteps().isEmpty());
        }
    }
}
