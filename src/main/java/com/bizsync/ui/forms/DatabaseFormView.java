package com.bizsync.ui.forms;

import com.bizsync.settings.DatabaseLogin.Authentication;
import com.bizsync.ui.common.CheckResultView;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The database login form; the domain field appears only for a Windows login. */
public final class DatabaseFormView extends VBox {

    public DatabaseFormView(DatabaseFormModel model) {
        setSpacing(12);
        Label hint = new Label(Texts.t("database.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        Label notNeeded = new Label(Texts.t("database.notNeeded"));
        notNeeded.setId("database-not-needed");
        notNeeded.getStyleClass().add("hint");
        notNeeded.setWrapText(true);
        notNeeded.visibleProperty().bind(model.needed().not());
        notNeeded.managedProperty().bind(notNeeded.visibleProperty());

        FormGrid form = new FormGrid();
        form.field("database.host", Fields.text("database-host", model.host()), model.host().error());
        form.field("database.instance", Fields.text("database-instance", model.instance()), model.instance().error());
        form.field("database.port", Fields.number("database-port", model.port()), model.port().error());

        ToggleGroup group = new ToggleGroup();
        RadioButton sql = new RadioButton(Texts.t("database.auth.sql"));
        sql.setId("database-auth-sql");
        sql.setToggleGroup(group);
        sql.setUserData(Authentication.SQL);
        RadioButton windows = new RadioButton(Texts.t("database.auth.windows"));
        windows.setId("database-auth-windows");
        windows.setToggleGroup(group);
        windows.setUserData(Authentication.WINDOWS);
        Toggles.bind(group, model.authentication());
        // Side by side when there is room, one under the other in a narrow window.
        form.field("database.auth", new javafx.scene.layout.FlowPane(16, 6, sql, windows), null);

        form.field("database.domain", Fields.text("database-domain", model.domain()), model.domain().error(),
                model.windows());
        form.field("database.user", Fields.text("database-user", model.user()), model.user().error());
        form.field("database.password", Fields.password("database-password", model.password()),
                model.password().error());

        form.pageError("database-page-error", model.page().shown());
        Button test = Icons.button("database-test", "common.test", MaterialDesignC.CONNECTION);
        test.setOnAction(e -> model.test());
        // Nothing typed and nothing needed: there is no server to contact.
        test.disableProperty().bind(model.busy().runningProperty().or(model.blank().and(model.needed().not())));
        HBox testRow = new HBox(10, test, model.busy().indicator());
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.under(testRow);
        form.under(new CheckResultView("database-test-result", model.testResult()));
        getChildren().addAll(hint, notNeeded, form);
    }
}
