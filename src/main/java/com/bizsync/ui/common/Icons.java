package com.bizsync.ui.common;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Ikonli (Material Design 2) helpers so every icon of the console has the same size and style. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("ui-icon");
        return icon;
    }

    /** The green check shown next to a completed step or a successful test. */
    public static FontIcon success() {
        FontIcon icon = of(MaterialDesignC.CHECK_CIRCLE);
        icon.getStyleClass().add("icon-success");
        return icon;
    }

    /** The red cross shown next to a failed test. */
    public static FontIcon failure() {
        FontIcon icon = of(MaterialDesignC.CLOSE_CIRCLE);
        icon.getStyleClass().add("icon-failure");
        return icon;
    }

    /** A button with an icon, a text from the {@code ui} bundle and a stable id for tests. */
    public static Button button(String id, String textKey, Ikon ikon) {
        Button button = new Button(Texts.t(textKey), of(ikon));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }
}
