package com.bizsync.ui.forms;

import com.bizsync.settings.AlertSettings.Security;
import com.bizsync.ui.common.CheckResultView;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** The alerts form: when a company is in incident, then who is told by mail and through which server. */
public final class AlertFormView extends VBox {

    public AlertFormView(AlertFormModel model) {
        setSpacing(12);
        Label hint = new Label(Texts.t("alerts.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        FormGrid form = new FormGrid();
        form.field("alerts.threshold", Fields.number("alerts-threshold", model.threshold()), model.threshold().error());
        form.field("alerts.recipients", recipients(model), model.recipients().error());
        form.field("alerts.sender", Fields.text("alerts-sender", model.sender()), model.sender().error());
        form.field("alerts.host", Fields.text("alerts-host", model.host()), model.host().error());
        form.field("alerts.port", Fields.number("alerts-port", model.port()), model.port().error());

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        for (Security security : Security.values()) {
            RadioButton choice = new RadioButton(Texts.t("alerts.security." + security.name()));
            choice.setId("alerts-security-" + security.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(security);
            choices.getChildren().add(choice);
        }
        Toggles.bind(group, model.security());
        form.field("alerts.security", choices, null);
        form.field("alerts.login", Fields.text("alerts-login", model.login()), model.login().error());
        form.field("alerts.password", Fields.password("alerts-password", model.password()), model.password().error());

        form.pageError("alerts-page-error", model.page().shown());
        Button test = Icons.button("alerts-test", "alerts.test", MaterialDesignE.EMAIL_SEND_OUTLINE);
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.busy().runningProperty());
        HBox testRow = new HBox(10, test, model.busy().indicator());
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.under(testRow);
        form.under(new CheckResultView("alerts-test-result", model.testResult()));
        getChildren().addAll(hint, form);
    }

    /** Several addresses, one per line or separated by commas. */
    private static TextArea recipients(AlertFormModel model) {
        TextArea area = new TextArea();
        area.setId("alerts-recipients");
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(Texts.t("alerts.recipients.prompt"));
        area.textProperty().bindBidirectional(model.recipients().value());
        return area;
    }
}
