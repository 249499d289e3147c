package com.bizsync.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: label, field, and under the field the reason it is refused (validation as
 * you type). Rows may depend on a choice and then appear only when it applies.
 */
public final class FormGrid extends GridPane {
    /** Style class of a field whose reason is shown. */
    public static final String INVALID = "field-invalid";
    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMaxWidth(440);
        getColumnConstraints().setAll(labels, fields);
    }

    /** A field row; the label's mnemonic focuses the field. */
    public <N extends Node> N field(String labelKey, N field, ObservableStringValue error) {
        return field(labelKey, field, error, null);
    }

    public <N extends Node> N field(String labelKey, N field, ObservableStringValue error, ObservableBooleanValue shown) {
        Label label = new Label(Texts.t(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.CENTER);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        add(label, 0, row);
        add(field, 1, row);
        row++;
        Label reason = null;
        if (error != null) {
            reason = new Label();
            reason.getStyleClass().add("field-error");
            reason.setWrapText(true);
            if (field.getId() != null) {
                reason.setId(field.getId() + "-error");
            }
            reason.textProperty().bind(error);
            Label bound = reason;
            var hasText = Bindings.createBooleanBinding(() -> bound.getText() != null && !bound.getText().isEmpty(),
                    reason.textProperty());
            reason.visibleProperty().bind(shown == null ? hasText : hasText.and(Bindings.createBooleanBinding(
                    shown::get, shown)));
            reason.managedProperty().bind(reason.visibleProperty());
            add(reason, 1, row);
            row++;
            markWhileRefused(field, reason.visibleProperty());
        }
        if (shown != null) {
            label.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
            label.managedProperty().bind(label.visibleProperty());
            field.visibleProperty().bind(label.visibleProperty());
            field.managedProperty().bind(label.visibleProperty());
        }
        return field;
    }

    /**
     * The field itself shows it is refused while its reason is shown: the style class
     * {@value #INVALID} (and AtlantaFX's red "danger" state) on the text field, or on the group
     * of controls when the field is not typed in.
     */
    private static void markWhileRefused(Node field, javafx.beans.value.ObservableBooleanValue refused) {
        Node target = field instanceof Control ? field : typedIn(field);
        javafx.beans.value.ChangeListener<Boolean> mark = (obs, old, now) -> {
            target.getStyleClass().remove(INVALID);
            if (now) {
                target.getStyleClass().add(INVALID);
            }
            target.pseudoClassStateChanged(Styles.STATE_DANGER, now);
        };
        refused.addListener(mark);
        mark.changed(refused, false, refused.get());
    }

    /** The text field of a composite field (a path with its Browse button), else the group itself. */
    private static Node typedIn(Node field) {
        if (field instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.control.TextInputControl) {
                    return child;
                }
            }
        }
        return field;
    }

    /** The whole form's reason (see {@link PageCheck}), under the fields. */
    public Label pageError(String id, ObservableStringValue reason) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(reason);
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
        return under(label);
    }

    /** A full-width node (a hint, a button row, a test result). */
    public <N extends Node> N wide(N node) {
        add(node, 0, row, 2, 1);
        row++;
        return node;
    }

    /** A node in the field column only, aligned with the fields. */
    public <N extends Node> N under(N node) {
        add(node, 1, row);
        row++;
        return node;
    }
}
