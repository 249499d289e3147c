package com.bizsync.ui.forms;

import com.bizsync.ui.common.CheckResultView;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The portal credentials form with its Test button and inline result. */
public final class PortalFormView extends VBox {

    public PortalFormView(PortalFormModel model) {
        setSpacing(12);
        getStyleClass().add("portal-form");
        Label hint = new Label(Texts.t("portal.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        FormGrid form = new FormGrid();
        TextField url = form.field("portal.url", Fields.text("portal-url", model.url()), model.url().error());
        url.setPromptText("https://");
        url.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.completeUrl();
            }
        });
        form.field("portal.customer", Fields.customerCode("portal-customer", model.customerCode()),
                model.customerCode().error());
        PasswordField password = form.field("portal.password", Fields.password("portal-password", model.password()),
                model.password().error());
        password.setPromptText("");

        form.pageError("portal-page-error", model.page().shown());
        Button test = Icons.button("portal-test", "common.test", MaterialDesignC.CONNECTION);
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.busy().runningProperty());
        HBox testRow = new HBox(10, test, model.busy().indicator());
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.under(testRow);
        form.under(new CheckResultView("portal-test-result", model.testResult()));
        getChildren().addAll(hint, form);
    }
}
