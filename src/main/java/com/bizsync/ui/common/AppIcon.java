package com.bizsync.ui.common;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * BizSync's icon (resources/brand) on every window of the console, the dialogs included: without
 * it the window manager shows Java's default cup in the task bar and the window switcher.
 */
public final class AppIcon {
    /** The sizes window managers pick from (title bar 16–24, task bar 32–48, switcher up to 256). */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static List<Image> images;

    private AppIcon() {
    }

    /** The icons, read once (on the FX thread, where every window is made). */
    public static List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(size -> new Image(AppIcon.class
                    .getResource("/brand/bizsync-icon-" + size + ".png").toExternalForm())).toList();
        }
        return images;
    }

    /** Puts the icon on the stage that shows this scene, now or once the scene is put in one. */
    public static void follow(Scene scene) {
        apply(scene.getWindow());
        scene.windowProperty().addListener((property, before, window) -> apply(window));
    }

    private static void apply(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }
}
