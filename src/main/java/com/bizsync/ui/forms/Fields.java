package com.bizsync.ui.forms;

import com.bizsync.ui.common.ValidatedText;
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
     * A field for a folder or customer code. It deliberately does not upper-case what is typed:
     * the rule's reason tells the user what a code may contain instead of silently changing it.
     */
    public static TextField code(String id, ValidatedText model) {
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
}
