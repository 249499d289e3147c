package com.bizsync.ui.wizard;

import com.bizsync.settings.Company;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.CompanyFormView;
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

/** The companies step: the add-a-company form above the list of registered companies. */
final class CompaniesStepView extends VBox {

    CompaniesStepView(CompaniesStepModel model) {
        setSpacing(10);
        Label hint = new Label(Texts.t("wizard.companies.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        Button add = Icons.button("wizard-company-add", "wizard.companies.add", MaterialDesignP.PLUS);
        add.setOnAction(e -> model.add());
        Label error = new Label();
        error.setId("wizard-company-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error());
        HBox addRow = new HBox(12, add, error);
        addRow.setAlignment(Pos.CENTER_LEFT);
        var form = CompanyFormView.identification(model.form());
        form.under(addRow);

        TableView<Company> table = new TableView<>(model.companies());
        table.setId("wizard-companies-table");
        table.setPlaceholder(new Label(Texts.t("wizard.companies.empty")));
        table.getColumns().add(column("company.column.code", c -> c.code(), 110));
        table.getColumns().add(column("company.column.name", c -> c.name(), 200));
        table.getColumns().add(column("company.column.accounting", c -> c.accountingDatabase(), 220));
        table.getColumns().add(column("company.column.commercial", c -> c.commercialDatabase(), 220));
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());

        Button remove = Icons.button("wizard-company-remove", "wizard.companies.remove", MaterialDesignD.DELETE_OUTLINE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());

        Label listTitle = new Label(Texts.t("wizard.companies.list"));
        listTitle.getStyleClass().add("section-title");
        getChildren().addAll(hint, form, listTitle, table, remove);
    }

    static TableColumn<Company, String> column(String key, java.util.function.Function<Company, String> value,
                                               double width) {
        TableColumn<Company, String> column = new TableColumn<>(Texts.t(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
