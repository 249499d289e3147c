package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.Shell;
import com.bizsync.ui.UiHarness;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's language is remembered: switching it saves it in the settings file, and the
 * console opened again on that file comes up in the saved language. Switching keeps what the
 * administrator was looking at (the folder and the row selected in its list) and never holds the
 * window: not even while another process (a scheduled run) is writing to the settings file.
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
        Set<ViewId> sales = Set.of(ViewId.SALES_REVENUE);
        store.saveCompany(new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "BIJOU_GCM", sales));
        store.saveCompany(new Company("CAVES", "Caves du Nord", "CAVES_MAE", "CAVES_GCM", sales));
        store.saveFamily(new Family("GROUPE", "Groupe", List.of("BIJOU", "CAVES"), sales));
        store.saveUser(new MobileUser("adupont", "Anne Dupont", "", Map.of("BIJOU", sales)), "mobile-pass-1");
        store.saveUser(new MobileUser("pdurand", "Paul Durand", "", Map.of("CAVES", sales)), "mobile-pass-2");
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

    @Test
    void theFolderAndTheRowSelectedStaySelected(FxRobot robot) {
        select(robot, ConsoleFolder.USERS);
        TableView<MobileUser> users = robot.lookup("#users-table").queryTableView();
        robot.interact(() -> users.getSelectionModel().select(1));
        assertEquals("pdurand", selectedUser().login());

        choose(robot, Locale.ENGLISH);
        assertEquals(ConsoleFolder.USERS, selectedFolder(robot));
        TableView<MobileUser> usersNow = robot.lookup("#users-table").queryTableView();
        assertEquals("pdurand", usersNow.getSelectionModel().getSelectedItem().login(), "the row is still selected");
        assertEquals("pdurand", selectedUser().login(), "and the actions apply to it");
        assertEquals("Users", robot.lookup("#folder-users").queryLabeled().getText());

        select(robot, ConsoleFolder.COMPANIES);
        TableView<Company> companies = robot.lookup("#companies-table").queryTableView();
        robot.interact(() -> companies.getSelectionModel().select(1));
        choose(robot, Locale.FRENCH);
        assertEquals(ConsoleFolder.COMPANIES, selectedFolder(robot));
        TableView<Company> companiesNow = robot.lookup("#companies-table").queryTableView();
        assertEquals("CAVES", companiesNow.getSelectionModel().getSelectedItem().code());
        assertEquals("CAVES", app.shell().console().model().selectedCompany().get().code());
        assertEquals("Sociétés", robot.lookup("#folder-companies").queryLabeled().getText());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theWindowAnswersWhileAScheduledRunHoldsTheSettingsFile(FxRobot robot) throws Exception {
        select(robot, ConsoleFolder.FAMILIES);
        try (Connection scheduledRun = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("settings.db"));
             Statement write = scheduledRun.createStatement()) {
            // Another process in the middle of a write: it holds the file's write lock for a while.
            write.execute("PRAGMA busy_timeout = 1000");
            write.execute("BEGIN IMMEDIATE");
            write.executeUpdate("INSERT INTO wizard_step (step) VALUES ('held-by-the-test')");
            long start = System.nanoTime();
            choose(robot, Locale.ENGLISH);
            long switchedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals("Families", robot.lookup("#folder-families").queryLabeled().getText());
            assertTrue(switchedMs < 3_000, "the console switched without waiting for the other writer: " + switchedMs
                    + " ms");
            assertEquals(ConsoleFolder.FAMILIES, selectedFolder(robot));
            Thread.sleep(1_000);
            write.execute("ROLLBACK");
        }
        // Saved once the other process let go, so the next start is in English.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!app.store().language().equals(Optional.of(Locale.ENGLISH)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(Optional.of(Locale.ENGLISH), app.store().language());
    }

    private MobileUser selectedUser() {
        return app.shell().console().model().selectedUser().get();
    }

    private static void select(FxRobot robot, ConsoleFolder folder) {
        robot.interact(() -> ((ConsoleView) robot.lookup("#console").query()).select(folder));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ConsoleFolder selectedFolder(FxRobot robot) {
        TreeView<ConsoleFolder> tree = robot.lookup("#console-tree").queryAs(TreeView.class);
        return tree.getSelectionModel().getSelectedItem().getValue();
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
