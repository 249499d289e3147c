package com.bizsync.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the launcher that the first window was shown, by creating the file it names in
 * {@value #PROPERTY}: the launcher keeps the class-data archive recorded by this run only then
 * (installer/console-cds.sh), since a run that stopped before the window lacks its classes.
 */
final class WindowShownSignal {
    static final String PROPERTY = "bizsync.windowShownFile";
    private static final Logger LOG = LoggerFactory.getLogger(WindowShownSignal.class);

    private WindowShownSignal() {
    }

    static void install(Stage stage) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            try {
                Files.writeString(Path.of(file), "shown\n");
            } catch (IOException e) {
                // Only start-up speed is at stake: the next start records the archive again.
                LOG.warn("Could not mark the first window as shown in {}: {}", file, e.getMessage());
            }
        });
    }
}
