package com.bizsync.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused field visible in a scrolling form: JavaFX's ScrollPane does not follow the
 * focus, so Tab would otherwise move into fields below the visible area.
 */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    public static void follow(ScrollPane pane) {
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> {
                    if (focused != null && isInside(pane, focused)) {
                        reveal(pane, focused);
                    }
                });
            }
        });
    }

    private static boolean isInside(ScrollPane pane, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == pane.getContent()) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls vertically just enough for the node to be fully visible (its top, when it is taller than the view). */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewport);
        double target = top;
        // A node taller than the view (a whole tab pane) shows its top, where its content starts.
        if (inContent.getMinY() < top || inContent.getHeight() > viewport) {
            target = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport;
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
