package com.bizsync.ui.console;

import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The "Informations de connexion" window: the values, a QR code, Copy and Print. */
final class ConnectionInfoView extends VBox {
    private final Label feedback = new Label();

    ConnectionInfoView(ConnectionInfoModel model) {
        setSpacing(14);
        setPadding(new javafx.geometry.Insets(18));
        getStyleClass().add("connection-info");
        setId("connection-info");
        Label title = new Label(Texts.t("info.title", model.userName()));
        title.getStyleClass().add("page-title");

        GridPane values = new GridPane();
        values.setHgap(14);
        values.setVgap(8);
        row(values, 0, Texts.t("info.platform"), "info-platform", model.platformUrl());
        row(values, 1, Texts.t("info.customer"), "info-customer", model.customerCode());
        row(values, 2, model.companiesLabel(), "info-companies", String.join(", ", model.companyCodes()));
        row(values, 3, Texts.t("info.login"), "info-login", model.login());
        Label note = new Label(Texts.t("info.passwordNote"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMaxWidth(380);
        values.add(note, 0, 4, 2, 1);

        ImageView qr = new ImageView(QrCodes.image(model.dashboardUrl(), 220));
        qr.setId("info-qr");
        StackPane qrFrame = new StackPane(qr);
        qrFrame.getStyleClass().add("qr-frame");
        Label qrCaption = new Label(Texts.t("info.qrCaption"));
        qrCaption.getStyleClass().add("hint");
        qrCaption.setWrapText(true);
        qrCaption.setMaxWidth(240);
        VBox qrBox = new VBox(6, qrFrame, qrCaption);
        qrBox.setAlignment(Pos.TOP_CENTER);

        HBox body = new HBox(28, values, qrBox);

        Button copy = Icons.button("info-copy", "info.copy", MaterialDesignC.CONTENT_COPY);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.asText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            feedback.setText(Texts.t("info.copied"));
        });
        Button print = Icons.button("info-print", "info.print", MaterialDesignP.PRINTER);
        print.setOnAction(e -> print(body));
        feedback.setId("info-feedback");
        feedback.getStyleClass().add("hint");
        HBox actions = new HBox(10, copy, print, feedback);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, body, actions);
    }

    private static void row(GridPane grid, int row, String labelText, String id, String value) {
        Label label = new Label(labelText);
        label.getStyleClass().add("form-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setId(id);
        text.getStyleClass().add("value");
        grid.add(label, 0, row);
        grid.add(text, 1, row);
    }

    private void print(Node page) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            feedback.setText(Texts.t("info.noPrinter"));
            return;
        }
        if (job.showPrintDialog(getScene().getWindow()) && job.printPage(page)) {
            job.endJob();
            feedback.setText(Texts.t("info.printed"));
        }
    }

    static void show(Window owner, ConnectionInfoModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.t("info.window"));
        ButtonType close = new ButtonType(Texts.t("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(new ConnectionInfoView(model));
        dialog.getDialogPane().setId("connection-info-dialog");
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(close).setId("info-close");
        Theme.decorate(dialog.getDialogPane().getScene());
        dialog.showAndWait();
    }
}
