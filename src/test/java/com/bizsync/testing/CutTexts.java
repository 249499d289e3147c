package com.bizsync.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;

/**
 * What a user would see cut on a screen, read from the laid-out scene graph: a label, button,
 * check box, tab or column header whose text the skin shortened with an ellipsis (or dropped), a
 * text pushed past the window's (or its non-scrolling pane's) edge, toolbar buttons moved into the
 * overflow menu, and a scroll bar inside a pane that scrolls too (nested scroll bars). A table
 * value longer than its column may be shortened only when its tooltip shows it whole.
 */
public final class CutTexts {
    private static final double TOLERANCE = 0.5;

    private CutTexts() {
    }

    /** One sentence per defect, naming the screen and the text. */
    public static List<String> in(Scene scene, String screen) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> found = new ArrayList<>();
        List<ScrollBar> bars = new ArrayList<>();
        walk(scene.getRoot(), scene, screen, found, bars);
        for (ScrollBar inner : bars) {
            for (ScrollBar outer : bars) {
                if (inner != outer && outer.getOrientation() == Orientation.VERTICAL
                        && inner.getOrientation() == Orientation.VERTICAL && contains(outer.getParent(), inner)) {
                    found.add(screen + ": a scroll bar inside a pane that scrolls too (" + describe(inner.getParent())
                            + " inside " + describe(outer.getParent()) + ")");
                }
            }
        }
        return found;
    }

    private static void walk(Node node, Scene scene, String screen, List<String> found, List<ScrollBar> bars) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof ScrollBar bar) {
            if (bar.getWidth() > 0 && bar.getHeight() > 0 && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                bars.add(bar);
            }
            return;
        }
        if (node instanceof ToolBar toolBar) {
            Node overflow = toolBar.lookup(".tool-bar-overflow-button");
            if (overflow != null && overflow.isVisible()) {
                found.add(screen + ": toolbar buttons hidden in its overflow menu");
            }
        }
        if (node instanceof Labeled labeled && !shortenedOnPurpose(labeled)) {
            check(labeled, scene, screen, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, screen, found, bars);
            }
        }
    }

    /** A table value too long for its column may be shortened when its tooltip gives it whole. */
    private static boolean shortenedOnPurpose(Labeled labeled) {
        return labeled instanceof TableCell<?, ?> && labeled.getTooltip() != null
                && labeled.getText() != null && labeled.getText().equals(labeled.getTooltip().getText());
    }

    private static void check(Labeled labeled, Scene scene, String screen, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(full) : full;
        String shown = displayed(labeled);
        if (!expected.equals(shown)) {
            found.add(screen + ": « " + expected + " » shows as « " + shown + " »");
            return;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        Bounds visible = visibleArea(labeled, scene);
        if (visible != null && (bounds.getMaxX() > visible.getMaxX() + TOLERANCE
                || bounds.getMinX() < visible.getMinX() - TOLERANCE)) {
            found.add(screen + ": « " + expected + " » runs past the edge of its "
                    + (visible.getWidth() == scene.getWidth() ? "window" : "pane or table"));
        }
    }

    /** The text the skin draws (its LabeledText child); empty when it drew none. */
    private static String displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text") && child.isVisible()) {
                return text.getText() == null ? "" : text.getText();
            }
        }
        return "";
    }

    /**
     * The part of the window the node can show itself in: the window, cut down by every clip on the
     * way up (a scroll pane's viewport, a table's header row, a tab's content area).
     */
    public static Bounds visibleArea(Node node, Scene scene) {
        double minX = 0;
        double maxX = scene.getWidth();
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                minX = Math.max(minX, clip.getMinX());
                maxX = Math.min(maxX, clip.getMaxX());
            }
        }
        return new javafx.geometry.BoundingBox(minX, 0, Math.max(0, maxX - minX), scene.getHeight());
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        if (node == null) {
            return "?";
        }
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        return node.getClass().getSimpleName() + (named == null ? "" : " in #" + named.getId());
    }

    /** "_Enregistrer" reads "Enregistrer"; "__" is a literal underscore. */
    private static String withoutMnemonic(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
