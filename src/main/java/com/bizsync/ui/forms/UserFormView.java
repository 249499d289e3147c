package com.bizsync.ui.forms;

import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Texts;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The user form: "Identification" (name, login, password) and "Vues" (company, then its views). */
public final class UserFormView {
    private UserFormView() {
    }

    public static TabPane tabs(UserFormModel model) {
        Tab identification = new Tab(Texts.t("user.tab.identification"), identification(model));
        identification.setId("user-tab-identification");
        Tab views = new Tab(Texts.t("user.tab.views"), grants(model));
        views.setId("user-tab-views");
        TabPane tabs = new TabPane(identification, views);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("user-tabs");
        return tabs;
    }

    public static FormGrid identification(UserFormModel model) {
        FormGrid form = new FormGrid();
        form.setStyle("-fx-padding: 12 0 0 0;");
        form.field("user.name", Fields.text("user-name", model.name()), model.name().error());
        TextField login = form.field("user.login", Fields.text("user-login", model.login()), model.login().error());
        login.editableProperty().bind(model.creating());
        PasswordField password = form.field("user.password", Fields.password("user-password", model.password()),
                model.password().error());
        password.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.creating())
                .then("").otherwise(Texts.t("user.password.keep")));
        form.pageError("user-page-error", model.page().shown());
        return form;
    }

    public static VBox grants(UserFormModel model) {
        ComboBox<GrantTarget> company = new ComboBox<>(model.targets());
        company.setId("user-grant-company");
        company.valueProperty().bindBidirectional(model.selectedTarget());
        company.setPrefWidth(320);
        FormGrid form = new FormGrid();
        form.setStyle("-fx-padding: 12 0 0 0;");
        form.field("user.grant.company", company, null);
        // The rule of the whole user also speaks here, where the views are ticked.
        form.pageError("user-grants-error", model.page().shown());
        Label none = new Label(Texts.t("user.grant.noCompany"));
        none.getStyleClass().add("hint");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.targets()));
        none.managedProperty().bind(none.visibleProperty());
        var checklist = ViewChecklistView.scrolling(model.views());
        VBox.setVgrow(checklist, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(10, form, none, checklist);
        return box;
    }
}
