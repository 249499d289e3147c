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
