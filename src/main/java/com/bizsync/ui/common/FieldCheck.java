package com.bizsync.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The rule of a field and whether its reason shows yet: once one of its inputs changed (the user
 * touched the field), or after {@link #reveal()}. Used as is for a field not typed in (a list of
 * check boxes), and by {@link ValidatedText} for a text field.
 */
public final class FieldCheck implements CheckedField {
    private final List<Observable> inputs;
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private final StringBinding reason;
    private final StringBinding error;

    /**
     * @param inputs       what the user changes in the field
     * @param dependencies other values the rule reads (they do not mark the field as touched)
     */
    public FieldCheck(Supplier<Optional<String>> rule, List<? extends ObservableValue<?>> inputs,
                      ObservableValue<?>... dependencies) {
        this.inputs = List.copyOf(inputs);
        List<Observable> read = new java.util.ArrayList<>(this.inputs);
        read.addAll(List.of(dependencies));
        reason = Bindings.createStringBinding(() -> rule.get().orElse(""), read.toArray(Observable[]::new));
        error = Bindings.createStringBinding(() -> touched.get() ? reason.get() : "", reason, touched);
        for (ObservableValue<?> input : inputs) {
            // A change listener: it fires on every change, read or not.
            input.addListener((obs, old, now) -> touched.set(true));
        }
    }

    /** Forgets that the user touched the field (after the form was loaded again). */
    public void untouch() {
        touched.set(false);
    }

    @Override
    public List<Observable> inputs() {
        return inputs;
    }

    @Override
    public StringBinding reason() {
        return reason;
    }

    @Override
    public StringBinding error() {
        return error;
    }

    @Override
    public BooleanProperty touched() {
        return touched;
    }

    @Override
    public void reveal() {
        touched.set(true);
    }
}
