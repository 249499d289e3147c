package com.bizsync.ui.forms;

import com.bizsync.settings.ProxySettings.Mode;
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

/** The proxy form; address, port and credentials appear only for a manual proxy. */
public final class ProxyFormView extends VBox {

    public ProxyFormView(ProxyFormModel model) {
        setSpacing(12);
        Label hint = new Label(Texts.t("proxy.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        RadioButton system = new RadioButton(Texts.t("proxy.mode.system"));
        system.setId("proxy-mode-system");
        system.setToggleGroup(group);
        system.setUserData(Mode.SYSTEM);
        RadioButton manual = new RadioButton(Texts.t("proxy.mode.manual"));
        manual.setId("proxy-mode-manual");
        manual.setToggleGroup(group);
        manual.setUserData(Mode.MANUAL);
        Toggles.bind(group, model.mode());
        // A long choice wraps in a narrow window instead of being cut.
        system.setWrapText(true);
        manual.setWrapText(true);

        FormGrid form = new FormGrid();
        form.field("proxy.mode", new VBox(6, system, manual), null);
        form.field("proxy.host", Fields.text("proxy-host", model.host()), model.host().error(), model.manual());
        form.field("proxy.port", Fields.number("proxy-port", model.port()), model.port().error(), model.manual());
        form.field("proxy.user", Fields.text("proxy-user", model.user()), model.user().error(), model.manual());
        form.field("proxy.password", Fields.password("proxy-password", model.password()), model.password().error(),
                model.manual());

        form.pageError("proxy-page-error", model.page().shown());
        Button test = Icons.button("proxy-test", "common.test", MaterialDesignC.CONNECTION);
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.busy().runningProperty());
        HBox testRow = new HBox(10, test, model.busy().indicator());
        testRow.setAlignment(Pos.CENTER_LEFT);
        form.under(testRow);
        form.under(new CheckResultView("proxy-test-result", model.testResult()));
        getChildren().addAll(hint, form);
    }
}
