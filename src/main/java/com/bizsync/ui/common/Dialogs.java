package com.bizsync.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Error, information and confirmation dialogs. They show one sentence (never a stack trace) and
 * their buttons come from our bundle, so they follow the console's language switch.
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String sentence) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, "dialog-error", Texts.t("dialog.error.title"), sentence);
        alert.getButtonTypes().setAll(ok());
        tagButtons(alert);
        alert.showAndWait();
    }

    public static void error(Window owner, Throwable failure) {
        error(owner, Failures.sentence(failure));
    }

    public static void info(Window owner, String sentence) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, "dialog-info", Texts.t("dialog.info.title"), sentence);
        alert.getButtonTypes().setAll(ok());
        tagButtons(alert);
        alert.showAndWait();
    }

    /** Asks a yes/no question; "no" is the default so Enter never destroys anything by accident. */
    public static boolean confirm(Window owner, String sentence) {
        return ask(owner, sentence, false);
    }

    /** Offers something harmless the user most likely wants (publish now): Enter answers yes. */
    public static boolean offer(Window owner, String sentence) {
        return ask(owner, sentence, true);
    }

    private static boolean ask(Window owner, String sentence, boolean yesByDefault) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "dialog-confirm", Texts.t("dialog.confirm.title"),
                sentence);
        ButtonType yes = new ButtonType(Texts.t("dialog.yes"), ButtonData.YES);
        ButtonType no = new ButtonType(Texts.t("dialog.no"), ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        tagButtons(alert);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(yesByDefault);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(!yesByDefault);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /** The answers to "save the changes?". */
    public enum SaveAnswer { SAVE, DISCARD, CANCEL }

    /**
     * Asks what to do with unsaved changes: « Enregistrer / Ne pas enregistrer / Annuler ».
     * Enregistrer is the default; Escape or closing the question cancels (nothing is lost).
     */
    public static SaveAnswer askToSave(Window owner, String sentence) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "dialog-unsaved", Texts.t("dialog.unsaved.title"),
                sentence);
        ButtonType save = new ButtonType(Texts.t("dialog.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.t("dialog.discard"), ButtonData.NO);
        ButtonType cancel = new ButtonType(Texts.t("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().lookupButton(save).setId("dialog-unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("dialog-unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("dialog-unsaved-cancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveAnswer.SAVE : answer == discard ? SaveAnswer.DISCARD : SaveAnswer.CANCEL;
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.t("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.t("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    private static Alert alert(Window owner, Alert.AlertType type, String id, String title, String sentence) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(sentence);
        text.setId("dialog-message");
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
        Theme.decorate(alert.getDialogPane().getScene());
        return alert;
    }

    /** Stable ids for tests: dialog-ok / dialog-cancel / dialog-yes / dialog-no. */
    static void tagButtons(Alert alert) {
        for (ButtonType type : alert.getButtonTypes()) {
            String id = switch (type.getButtonData()) {
                case YES -> "dialog-yes";
                case NO -> "dialog-no";
                case CANCEL_CLOSE -> "dialog-cancel";
                default -> "dialog-ok";
            };
            alert.getDialogPane().lookupButton(type).setId(id);
        }
    }
}
