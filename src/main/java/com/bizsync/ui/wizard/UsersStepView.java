package com.bizsync.ui.wizard;

import com.bizsync.settings.MobileUser;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.UserFormView;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The users step: identification, the grants of the user being added, then the list of users. */
final class UsersStepView extends VBox {

    UsersStepView(UsersStepModel model) {
        setSpacing(8);
        Label hint = new Label(Texts.t("wizard.users.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        var form = UserFormView.tabs(model.form());
        form.setPrefHeight(360);
        form.setMinHeight(360);

        Button add = Icons.button("wizard-user-add", "wizard.users.add", MaterialDesignP.PLUS);
        add.setOnAction(e -> model.add());
        Label error = new Label();
        error.setId("wizard-user-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error());
        HBox addRow = new HBox(12, add, error);
        addRow.setAlignment(Pos.CENTER_LEFT);

        TableView<MobileUser> table = new TableView<>(model.users());
        table.setId("wizard-users-table");
        table.setPlaceholder(new Label(Texts.t("wizard.users.empty")));
        table.getColumns().add(column("user.column.login", MobileUser::login, 140));
        table.getColumns().add(column("user.column.name", MobileUser::name, 200));
        table.getColumns().add(column("user.column.companies",
                u -> String.join(", ", new TreeSet<>(u.grants().keySet())), 260));
        table.setPrefHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        Button remove = Icons.button("wizard-user-remove", "wizard.users.remove", MaterialDesignD.DELETE_OUTLINE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());

        Label listTitle = new Label(Texts.t("wizard.users.list"));
        listTitle.getStyleClass().add("section-title");
        getChildren().addAll(hint, form, addRow, listTitle, table, remove);
    }

    private static TableColumn<MobileUser, String> column(String key,
                                                         java.util.function.Function<MobileUser, String> value,
                                                         double width) {
        TableColumn<MobileUser, String> column = new TableColumn<>(Texts.t(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
