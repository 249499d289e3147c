package com.bizsync.ui;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.settings.AppHome;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.common.LanguageSwitch;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.extensions.ReportingScreens;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the settings of this installation and the engine, then shows
 * the first-run wizard or the console. With {@value #EXIT_AFTER_SHOWN} it quits as soon as the
 * first window is on screen, printing how long that took (start-up measurement, smoke test).
 */
public final class BizSyncApp extends Application {
    public static final String EXIT_AFTER_SHOWN = "--exit-after-shown";
    private static final Logger LOG = LoggerFactory.getLogger(BizSyncApp.class);

    /**
     * Opening the settings (SQLite, schema migrations, key file) takes about as long as starting
     * the FX toolkit, so it starts first, on its own thread, and {@link #start} waits for it.
     */
    private static volatile CompletableFuture<SqliteSettingsStore> opening;

    private SqliteSettingsStore store;
    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        boolean exitAfterShown = getParameters().getRaw().contains(EXIT_AFTER_SHOWN);
        Theme.install();
        try {
            store = (opening != null ? opening : openSettings()).join();
        } catch (RuntimeException failure) {
            Dialogs.error(null, Texts.t("startup.failed", Failures.sentence(failure)));
            Platform.exit();
            return;
        }
        background = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "bizsync-console-worker");
            thread.setDaemon(true);
            return thread;
        });
        AppContext context = new AppContext(store, new DefaultEngine(store, Clock.systemDefaultZone()), background,
                stage);
        openShell(context);
        WindowShownSignal.install(stage);
        if (exitAfterShown) {
            stage.setOnShown(event -> Platform.runLater(() -> {
                // Read only here, once the window is up, so the measurement does not slow start-up.
                long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first window shown " + (System.currentTimeMillis() - jvmStart)
                        + " ms after the JVM started");
                Platform.exit();
            }));
        }
        stage.show();
    }

    /** The saved language first: every text of a screen is read from the bundle when it is built. */
    static Shell openShell(AppContext context) {
        LanguageSwitch.applySaved(context.settings());
        Shell shell = new Shell(context, new ReportingScreens());
        shell.start();
        return shell;
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (store != null) {
            store.close();
        }
        LOG.info("Console closed");
    }

    static void run(List<String> args) {
        opening = openSettings();
        launch(BizSyncApp.class, args.toArray(String[]::new));
    }

    private static CompletableFuture<SqliteSettingsStore> openSettings() {
        CompletableFuture<SqliteSettingsStore> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(SqliteSettingsStore.open(AppHome.resolve()));
            } catch (RuntimeException | Error failure) {
                future.completeExceptionally(failure);
            }
        }, "bizsync-open-settings");
        thread.setDaemon(true);
        thread.start();
        return future;
    }
}
