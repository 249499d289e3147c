package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.Shell;
import com.bizsync.ui.UiHarness;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeCell;
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
 * The console's language is remembered: switching it saves it in the settings file, and the
 * console opened again on that file comes up in the saved language.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleLanguageTest {
    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        app = new UiHarness(home, store -> new DefaultEngine(store, Clock.systemDefaultZone()));
        app.start(stage, ConsoleLanguageTest::configured);
    }

    /** Enough for the console rather than the first-run wizard; nothing here is published. */
    private static void configured(SqliteSettingsStore store) {
        store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", "portal-pass-2"));
        store.saveCompany(new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM", Set.of(ViewId.SALES_REVENUE)));
        store.saveUser(new MobileUser("pdurand", "Paul Durand", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))),
                "mobile-pass-2");
    }

    @AfterEach
    void stop() {
        app.close();
        Messages.setLocale(Locale.FRENCH);
    }

    @Test
    void englishIsSavedAndTheReopenedConsoleComesUpInEnglish(FxRobot robot) {
        assertEquals(Shell.Screen.CONSOLE, app.shell().screen());
        assertEquals("Utilisateurs", usersFolder(robot));
        assertEquals(Optional.empty(), app.store().language(), "nothing chosen yet");

        choose(robot, Locale.ENGLISH);
        assertEquals("Users", usersFolder(robot));
        assertEquals(Optional.of(Locale.ENGLISH), app.store().language());

        // A new process starts in the system language (French here): only the file can bring English back.
        Messages.setLocale(Locale.FRENCH);
        app.restart(robot);
        assertEquals(Shell.Screen.CONSOLE, app.shell().screen());
        assertEquals("Users", usersFolder(robot));
        assertEquals(Locale.ENGLISH, language(robot).getValue(), "the switch shows the saved language");
        assertEquals("BizSync - Publishing console", app.stage().getTitle());

        choose(robot, Locale.FRENCH);
        assertEquals(Optional.of(Locale.FRENCH), app.store().language());
        Messages.setLocale(Locale.ENGLISH);
        app.restart(robot);
        assertEquals("Utilisateurs", usersFolder(robot), "French, once chosen, is kept too");
    }

    private static ComboBox<Locale> language(FxRobot robot) {
        return robot.lookup("#language").queryComboBox();
    }

    private static void choose(FxRobot robot, Locale locale) {
        ComboBox<Locale> language = language(robot);
        robot.interact(() -> language.setValue(locale));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String usersFolder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#folder-users").queryAs(TreeCell.class).getText();
    }
}
