package com.bizsync.ui.common;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Window sizes that fit the screen: on a small laptop screen (1024×720) a window opened at its
 * usual size would reach past the screen's edge, its buttons out of reach.
 */
public final class ScreenFit {
    /** Room left for the window's title bar and borders, which the scene size does not include. */
    static final double DECORATIONS = 40;

    private ScreenFit() {
    }

    /** The scene size for a window wanted at {@code width}×{@code height}, on the main screen. */
    public static Dimension2D scene(double width, double height) {
        return scene(width, height, Screen.getPrimary().getVisualBounds());
    }

    /** The scene size for a window wanted at {@code width}×{@code height}, within this usable area. */
    public static Dimension2D scene(double width, double height, Rectangle2D usable) {
        return new Dimension2D(Math.min(width, usable.getWidth()), Math.min(height, usable.getHeight() - DECORATIONS));
    }
}
