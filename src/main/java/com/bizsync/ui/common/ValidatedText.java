package com.bizsync.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * A text field's value with its rule: {@link #error()} is the reason shown next to the field
 * (empty when fine, and empty until the user touched the field or {@link #reveal()} was called,
 * so a blank form does not open covered in red). {@link #valid()} ignores the touched state.
 */
public final class ValidatedText implements CheckedField {
    private final StringProperty value = new SimpleStringProperty("");
    private final FieldCheck check;
    private final BooleanBinding valid;

    /** @param rule the reason the text is refused, or empty; may read the {@code dependencies} too */
    public ValidatedText(Function<String, Optional<String>> rule, ObservableValue<?>... dependencies) {
        check = new FieldCheck(() -> rule.apply(text()), List.of(value), dependencies);
        valid = Bindings.createBooleanBinding(() -> check.reason().get().isEmpty(), check.reason());
    }

    public StringProperty value() {
        return value;
    }

    public String text() {
        String text = value.get();
        return text == null ? "" : text.trim();
    }

    /** Sets the value as loaded from the store, without marking the field as touched. */
    public void load(String text) {
        value.set(text == null ? "" : text);
        check.untouch();
    }

    @Override
    public List<Observable> inputs() {
        return check.inputs();
    }

    @Override
    public StringBinding reason() {
        return check.reason();
    }

    @Override
    public StringBinding error() {
        return check.error();
    }

    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public BooleanProperty touched() {
        return check.touched();
    }

    /** Shows the reason even if the user never typed in the field (after a refused "Next"). */
    @Override
    public void reveal() {
        check.reveal();
    }
}
