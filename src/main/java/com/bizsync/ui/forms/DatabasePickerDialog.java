package com.bizsync.ui.forms;

import com.bizsync.source.SageDatabase;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The list of the server's Sage databases (« BIJOU — Bijoux Lumière SARL »), opened by
 * « Parcourir… »; « Choisir » (or a double click) hands the database back. A listing that fails
 * shows its sentence in the dialog. « Fichier de démonstration… » still chooses a demo file.
 */
final class DatabasePickerDialog {
    private DatabasePickerDialog() {
    }

    static void show(Window owner, DatabasePickerModel model, Consumer<SageDatabase> chosen, Runnable demoFile) {
        Dialog<SageDatabase> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.t("company.picker.title"));
        ButtonType choose = new ButtonType(Texts.t("company.picker.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(choose, cancel);
        dialog.getDialogPane().setId("database-picker");

        ListView<SageDatabase> list = new ListView<>(model.databases());
        list.setId("database-picker-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SageDatabase item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.companyName().isEmpty() ? item.name()
                        : Texts.t("company.picker.item", item.name(), item.companyName()));
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loaded())
                .then(Texts.t("company.picker.none")).otherwise(Texts.t("company.picker.searching")));
        list.setPlaceholder(placeholder);
        list.setPrefHeight(240);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });

        Label error = new Label();
        error.setId("database-picker-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button file = new Button(Texts.t("company.picker.demoFile"), Icons.of(MaterialDesignF.FOLDER_OPEN));
        file.setId("database-picker-file");
        file.setOnAction(e -> {
            dialog.setResult(null);
            dialog.close();
            demoFile.run();
        });
        HBox bottom = new HBox(10, model.busy().indicator(), file);
        bottom.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Texts.t("company.picker.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox content = new VBox(10, hint, list, error, bottom);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(12, 18, 6, 18));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        Button chooseButton = (Button) dialog.getDialogPane().lookupButton(choose);
        chooseButton.setId("database-picker-choose");
        chooseButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(cancel).setId("database-picker-cancel");
        dialog.setResultConverter(button -> button == choose ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        Theme.decorate(dialog.getDialogPane().getScene());
        model.load();
        dialog.show();
    }
}
