package com.bizsync.ui.console;

import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.forms.EditorForm;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A modal editor (company, user, family): the form, a line for the refusal, and Save / Cancel.
 * Save stays on the dialog while the form is invalid or its save is refused; closing it with
 * changes not saved (Cancel, Escape, the window's close box) asks whether to save them.
 */
final class EditorDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType saveType = new ButtonType(Texts.t("dialog.save"),
            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    private final EditorForm form;
    private final Label error = new Label();
    private final Button saveButton;
    private boolean saved;

    private EditorDialog(Window owner, String id, String title, Node view, EditorForm form) {
        this.form = form;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        ButtonType cancelType = Dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        dialog.getDialogPane().setId(id);
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox content = new VBox(10, view, error);
        content.setPadding(new javafx.geometry.Insets(12, 18, 6, 18));
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setPrefSize(820, 600);
        Theme.decorate(dialog.getDialogPane().getScene());
        saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(id + "-save");
        dialog.getDialogPane().lookupButton(cancelType).setId(id + "-cancel");
        // The dialog closes only once the form is saved (saving may wait for the engine's check).
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        dialog.setOnCloseRequest(event -> {
            if (saved || !form.changes().dirty()) {
                return;
            }
            switch (Dialogs.askToSave(dialog.getDialogPane().getScene().getWindow(), form.unsavedQuestion())) {
                case SAVE -> {
                    // Closes once saved; later, as a close cannot be started from within this one.
                    event.consume();
                    javafx.application.Platform.runLater(this::save);
                }
                case DISCARD -> {
                    // The close goes on, without the changes: the user chose so.
                }
                case CANCEL -> event.consume();
            }
        });
    }

    /** @return true when the form was saved */
    static boolean show(Window owner, String id, String title, Node view, EditorForm form) {
        EditorDialog editor = new EditorDialog(owner, id, title, view, form);
        editor.dialog.showAndWait();
        return editor.saved;
    }

    private void save() {
        if (!form.valid().get()) {
            form.reveal();
            error.setText(Texts.t("dialog.fixFields"));
            return;
        }
        error.setText("");
        saveButton.setDisable(true);
        form.saveThen(() -> {
            saved = true;
            dialog.setResult(saveType);
            dialog.close();
        }, sentence -> {
            saveButton.setDisable(false);
            error.setText(sentence);
        });
    }
}
