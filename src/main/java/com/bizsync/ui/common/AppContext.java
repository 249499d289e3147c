package com.bizsync.ui.common;

import com.bizsync.engine.Engine;
import com.bizsync.settings.SettingsStore;
import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;

/**
 * What every screen of the console needs: the settings, the engine, the thread pool that runs
 * engine calls off the FX thread, and the primary window that owns dialogs. Views receive it in
 * their constructor; nothing is looked up globally.
 */
public record AppContext(SettingsStore settings, Engine engine, ExecutorService background, Stage owner) {
}
