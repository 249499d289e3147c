package com.bizsync.ui;

import java.util.List;

/**
 * Starts the JavaFX console. A plain class (not an {@code Application}) so that the classpath
 * launch works without JavaFX on the module path.
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    /** Blocks until the console window is closed. */
    public static void launch(String[] args) {
        BizSyncApp.run(List.of(args));
    }
}
