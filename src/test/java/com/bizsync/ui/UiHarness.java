package com.bizsync.ui;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.Engine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real console shell on a TestFX stage against a real settings folder, and can
 * "restart" it (close the store, open it again, build a new shell) like a user reopening the app.
 */
public final class UiHarness implements AutoCloseable {
    private final Path home;
    private final Function<SqliteSettingsStore, Engine> engines;
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ui-test-background");
        thread.setDaemon(true);
        return thread;
    });
    private SqliteSettingsStore store;
    private Shell shell;
    private Stage stage;

    /** @param engines builds the engine on the opened store (null engine when a test never reaches it) */
    public UiHarness(Path home, Function<SqliteSettingsStore, Engine> engines) {
        this.home = home;
        this.engines = engines;
        Messages.setLocale(Locale.FRENCH);
    }

    /**
     * A harness whose real engine publishes "as of" noon on the demo's reference day: the demo
     * data is built around that day.
     */
    public static UiHarness onDemoReferenceDay(Path home) {
        Clock clock = Clock.fixed(DemoDatabaseGenerator.REFERENCE_DAY.atTime(12, 0).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault());
        return new UiHarness(home, store -> new DefaultEngine(store, clock));
    }

    /** Opens the store and shows the shell in this stage (called from the TestFX @Start method). */
    public Shell start(Stage primary) {
        return start(primary, settings -> { });
    }

    /** Same, after writing what the test needs into the settings (as an earlier session would have). */
    public Shell start(Stage primary, java.util.function.Consumer<SqliteSettingsStore> before) {
        this.stage = primary;
        Theme.install();
        store = SqliteSettingsStore.open(home);
        before.accept(store);
        // TestFX hands every test the same window: drop what an earlier test left in it, so the console
        // opens in a new window of its own size and look, as the application's does.
        primary.setScene(null);
        // The application's own start-up path, so the saved language is applied as it is there.
        shell = BizSyncApp.openShell(new AppContext(store, engines.apply(store), background, primary));
        primary.show();
        primary.toFront();
        // TestFX runs the test as soon as this returns, maybe before the first pulse: lay the window
        // out now so that its virtualized cells (the folder tree's, the lists') exist when it looks.
        if (primary.getScene() != null) {
            primary.getScene().getRoot().applyCss();
            primary.getScene().getRoot().layout();
        }
        return shell;
    }

    /** Closes and reopens everything, as if the administrator closed the console and opened it again. */
    public Shell restart(FxRobot robot) {
        robot.interact(() -> store.close());
        robot.interact(() -> start(stage));
        WaitForAsyncUtils.waitForFxEvents();
        return shell;
    }

    public SqliteSettingsStore store() {
        return store;
    }

    public Shell shell() {
        return shell;
    }

    public Stage stage() {
        return stage;
    }

    public ExecutorService background() {
        return background;
    }

    @Override
    public void close() {
        background.shutdownNow();
        if (store != null) {
            // On the FX thread, after what is queued there: a test may end as soon as a dialog's
            // window is gone, while the code after its showAndWait (a refresh) has yet to read the store.
            WaitForAsyncUtils.waitForFxEvents();
            try {
                WaitForAsyncUtils.asyncFx(store::close).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the settings store of the test console", e);
            }
        }
    }
}
