package com.bizsync.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The console's look: AtlantaFX Primer Light plus our own small stylesheet. */
public final class Theme {
    private static final String STYLESHEET = "/ui/bizsync.css";

    private Theme() {
    }

    /** Once, before the first window; the pre-compiled (binary) stylesheet loads faster than the CSS. */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Our stylesheet, and the application icon on the window the scene ends up in. */
    public static Scene decorate(Scene scene) {
        AppIcon.follow(scene);
        String css = Theme.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        return scene;
    }
}
