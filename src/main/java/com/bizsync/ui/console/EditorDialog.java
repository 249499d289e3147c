package com.bizsync.ui.console;

import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import javafx.beans.binding.BooleanExpression;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A modal editor (company, user, family): the form, a line for the store's refusal, and
 * Save / Cancel. Save stays on the dialog while the form is invalid or the store refuses.
 */
final class EditorDialog {
    private EditorDialog() {
    }

    /** @return true when the form was saved */
    static boolean show(Window owner, String id, String title, Node form, BooleanExpression valid, Runnable reveal,
                        Runnable save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(Texts.t("dialog.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = Dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        dialog.getDialogPane().setId(id);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox content = new VBox(10, form, error);
        content.setPadding(new javafx.geometry.Insets(12, 18, 6, 18));
        VBox.setVgrow(form, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setPrefSize(820, 600);
        Theme.decorate(dialog.getDialogPane().getScene());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(id + "-save");
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancelButton.setId(id + "-cancel");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!valid.get()) {
                reveal.run();
                error.setText(Texts.t("dialog.fixFields"));
                event.consume();
                return;
            }
            try {
                save.run();
            } catch (RuntimeException failure) {
                error.setText(Failures.sentence(failure));
                event.consume();
            }
        });
        return dialog.showAndWait().filter(answer -> answer == saveType).isPresent();
    }
}
