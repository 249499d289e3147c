package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Texts;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The family form: "Identification" (code, name, member companies) and "Vues". */
public final class FamilyFormView {
    private FamilyFormView() {
    }

    public static TabPane tabs(FamilyFormModel model) {
        FormGrid form = new FormGrid();
        form.setStyle("-fx-padding: 12 0 0 0;");
        TextField code = form.field("family.code", Fields.code("family-code", model.code()), model.code().error());
        code.editableProperty().bind(model.creating());
        form.field("family.name", Fields.text("family-name", model.name()), model.name().error());
        VBox companies = new VBox(6);
        for (var entry : model.members().entrySet()) {
            Company company = entry.getKey();
            CheckBox member = new CheckBox(company.code() + " - " + company.name());
            member.setId("family-member-" + company.code());
            member.selectedProperty().bindBidirectional(entry.getValue());
            companies.getChildren().add(member);
        }
        form.field("family.members", companies, null);
        form.under(Fields.toExtract("family-to-extract", model.toExtract()));
        form.pageError("family-page-error", model.page().shown());
        Label hint = new Label(Texts.t("family.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.under(hint);

        Tab identification = new Tab(Texts.t("company.tab.identification"), form);
        identification.setId("family-tab-identification");
        Tab views = new Tab(Texts.t("company.tab.views"), ViewChecklistView.scrolling(model.views()));
        views.setId("family-tab-views");
        TabPane tabs = new TabPane(identification, views);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
