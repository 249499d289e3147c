package com.bizsync.ui.wizard;

import com.bizsync.settings.Company;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Tables;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.CompanyFormView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
        table.getColumns().add(Tables.column("company.column.code", Company::code, 110));
        table.getColumns().add(Tables.column("company.column.name", Company::name, 200));
        table.getColumns().add(Tables.pathColumn("company.column.accounting", Company::accountingDatabase, 220));
        table.getColumns().add(Tables.pathColumn("company.column.commercial", Company::commercialDatabase, 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepHeadersWhole(table);
        // The page scrolls: the list grows with its rows instead of scrolling inside it.
        Tables.heightFollowsRows(table, 2);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());

        Button remove = Icons.button("wizard-company-remove", "wizard.companies.remove", MaterialDesignD.DELETE_OUTLINE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());

        Label listTitle = new Label(Texts.t("wizard.companies.list"));
        listTitle.getStyleClass().add("section-title");
        getChildren().addAll(hint, form, listTitle, table, remove);
    }
}
