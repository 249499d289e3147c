package com.bizsync.ui;

/**
 * Starts the JavaFX console. A plain class (not an {@code Application}) so that the classpath
 * launch works without JavaFX on the module path.
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    public static void launch(String[] args) {
        throw new IllegalStateException("console not built yet");
    }
}
