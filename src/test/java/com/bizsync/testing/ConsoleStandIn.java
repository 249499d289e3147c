package com.bizsync.testing;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.Theme;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * An empty window standing in for the console, for tests of a dialog or wizard opened over it:
 * they need an owner window, the application theme, and French (the sentences tests compare).
 */
public final class ConsoleStandIn {
    private ConsoleStandIn() {
    }

    /** Shows the TestFX stage as the stand-in console (called from the @Start method) and returns it. */
    public static Stage show(Stage stage, double width, double height) {
        Messages.setLocale(Locale.FRENCH);
        Theme.install();
        stage.setScene(new Scene(new StackPane(), width, height));
        stage.show();
        return stage;
    }
}
