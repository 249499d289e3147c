package com.bizsync.ui.forms;

import com.bizsync.ui.common.CheckResultView;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.ValidatedText;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The company form: "Identification" (codes and databases), "Vues" (views published) and
 * "Paramètres" (extraction options).
 */
public final class CompanyFormView {
    private CompanyFormView() {
    }

    /** Both parts as tabs, for the console's company dialog. */
    public static TabPane tabs(CompanyFormModel model) {
        Tab identification = new Tab(Texts.t("company.tab.identification"), identification(model));
        identification.setId("company-tab-identification");
        Tab views = new Tab(Texts.t("company.tab.views"), ViewChecklistView.scrolling(model.views()));
        views.setId("company-tab-views");
        Tab options = new Tab(Texts.t("company.tab.options"), ExtractionOptionsView.form(model.options()));
        options.setId("company-tab-options");
        TabPane tabs = new TabPane(identification, views, options);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("company-tabs");
        return tabs;
    }

    public static FormGrid identification(CompanyFormModel model) {
        FormGrid form = new FormGrid();
        form.setStyle("-fx-padding: 12 0 0 0;");
        TextField code = form.field("company.code", Fields.code("company-code", model.code()), model.code().error());
        code.editableProperty().bind(model.creating());
        form.field("company.name", Fields.text("company-name", model.name()), model.name().error());
        form.field("company.accounting", databaseField(model, "company-accounting", model.accountingDatabase()),
                model.accountingDatabase().error());
        form.field("company.commercial", databaseField(model, "company-commercial", model.commercialDatabase()),
                model.commercialDatabase().error());
        form.under(Fields.toExtract("company-to-extract", model.toExtract()));
        Button test = Icons.button("company-test", "common.test", MaterialDesignC.CONNECTION);
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.busy().runningProperty());
        HBox testRow = new HBox(10, test, model.busy().indicator());
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.under(testRow);
        form.under(new CheckResultView("company-test-result", model.testResult()));
        form.pageError("company-page-error", model.page().shown());
        return form;
    }

    /**
     * A database reference: a catalog name typed in or picked from the saved server's Sage
     * databases with Browse, or a SQLite demo file chosen with Browse.
     */
    private static Node databaseField(CompanyFormModel model, String id, ValidatedText value) {
        TextField field = Fields.path(id, value);
        field.setPromptText(Texts.t("company.database.prompt"));
        Button browse = new Button(Texts.t("company.browse"), Icons.of(MaterialDesignF.FOLDER_OPEN));
        browse.setId(id + "-browse");
        browse.setOnAction(e -> {
            if (model.browsesServer(value)) {
                DatabasePickerDialog.show(browse.getScene().getWindow(), model.picker(),
                        picked -> model.choose(value, picked), () -> chooseDemoFile(browse, value));
            } else {
                chooseDemoFile(browse, value);
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, browse);
        return row;
    }

    private static void chooseDemoFile(Button browse, ValidatedText value) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.t("company.browse.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.t("company.browse.sqlite"), "*.db", "*.sqlite", "*.sqlite3"),
                new FileChooser.ExtensionFilter(Texts.t("company.browse.any"), "*.*"));
        File file = chooser.showOpenDialog(browse.getScene().getWindow());
        if (file != null) {
            value.value().set(file.getAbsolutePath());
        }
    }
}
