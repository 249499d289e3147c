package com.bizsync.ui.forms;

import com.bizsync.ui.common.ValidatedText;
import java.util.Locale;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** Text controls bound both ways to a {@link ValidatedText}, each with a stable id for tests. */
public final class Fields {
    private Fields() {
    }

    public static TextField text(String id, ValidatedText model) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(model.value());
        return field;
    }

    public static PasswordField password(String id, ValidatedText model) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(model.value());
        return field;
    }

    /**
     * A field for a company or family code (a folder code): what is typed is written in upper
     * case, as the code must be (the one place where this happens); other characters are left
     * for the rule to explain.
     */
    public static TextField code(String id, ValidatedText model) {
        TextField field = text(id, model);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT));
            return change;
        }));
        field.setPrefColumnCount(12);
        return field;
    }

    /** A customer code: typed as given on the contract, the rule says what it may contain. */
    public static TextField customerCode(String id, ValidatedText model) {
        TextField field = text(id, model);
        field.setPrefColumnCount(12);
        return field;
    }

    /**
     * A field for a file path or database name. A path longer than the field shows its end, the file
     * name, whenever the user is not typing in it; the tooltip gives it whole.
     */
    public static TextField path(String id, ValidatedText model) {
        TextField field = text(id, model);
        Runnable showEnd = () -> {
            if (!field.isFocused()) {
                // From the start to the end, so the skin scrolls for the field's current width.
                field.home();
                field.end();
            }
        };
        field.textProperty().addListener((obs, old, now) -> showEnd.run());
        field.focusedProperty().addListener((obs, was, focused) -> showEnd.run());
        // After the layout pass that gave the field its new width: the skin scrolls for the width it has.
        field.widthProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(showEnd));
        field.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                field.getText() == null || field.getText().isBlank() ? null : new javafx.scene.control.Tooltip(
                        field.getText()), field.textProperty()));
        showEnd.run();
        return field;
    }

    /** A digits-only field (ports, counts). */
    public static TextField number(String id, ValidatedText model) {
        TextField field = text(id, model);
        field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,5}")
                ? change : null));
        field.setPrefColumnCount(6);
        return field;
    }

    /** « À extraire »: whether "publish all" and the schedule take this company or family. */
    public static javafx.scene.control.CheckBox toExtract(String id, javafx.beans.property.BooleanProperty model) {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(com.bizsync.ui.common.Texts.t("company.toExtract"));
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(model);
        return box;
    }
}
