package com.bizsync.ui.console;

import com.bizsync.about.Version;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** « À propos de BizSync »: which version runs (what support asks first), on which Java. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.t("about.title"));
        ButtonType ok = Dialogs.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok);
        dialog.getDialogPane().lookupButton(ok).setId("dialog-ok");
        dialog.getDialogPane().setId("about-dialog");
        Label version = new Label(Texts.t("about.version", Version.current()));
        version.setId("about-version");
        version.getStyleClass().add("title-3");
        Label summary = new Label(Texts.t("about.summary"));
        summary.setWrapText(true);
        summary.setMaxWidth(360);
        Label runtime = new Label(Texts.t("about.runtime", System.getProperty("java.version")));
        runtime.setId("about-runtime");
        ImageView icon = new ImageView(com.bizsync.ui.common.AppIcon.images().get(5));
        HBox content = new HBox(18, icon, new VBox(8, version, summary, runtime));
        content.setPadding(new Insets(16, 18, 6, 18));
        dialog.getDialogPane().setContent(content);
        Theme.decorate(dialog.getDialogPane().getScene());
        dialog.showAndWait();
    }
}
