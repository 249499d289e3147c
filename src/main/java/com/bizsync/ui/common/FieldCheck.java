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
 * The rule of a field that is not typed in (a list of check boxes): like {@link ValidatedText},
 * its reason shows once one of its inputs changed, or after {@link #reveal()}.
 */
public final class FieldCheck implements CheckedField {
    private final List<Observable> inputs;
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private final StringBinding reason;
    private final StringBinding error;

    public FieldCheck(Supplier<Optional<String>> rule, List<? extends ObservableValue<?>> inputs) {
        this.inputs = List.copyOf(inputs);
        reason = Bindings.createStringBinding(() -> rule.get().orElse(""), this.inputs.toArray(Observable[]::new));
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
