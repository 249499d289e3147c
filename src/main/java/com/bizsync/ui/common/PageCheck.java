package com.bizsync.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The rule of a whole form (the same validator the store applies before saving), so the form is
 * valid exactly when the store would accept it. Its reason is shown under the form once the user
 * typed something, unless a field already shows that very sentence.
 */
public final class PageCheck {
    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final StringBinding reason;
    private final StringBinding shown;
    private final BooleanBinding valid;

    public PageCheck(Supplier<Optional<String>> rule, List<ValidatedText> fields, Observable... others) {
        List<Observable> dependencies = new ArrayList<>();
        for (ValidatedText field : fields) {
            dependencies.add(field.value());
        }
        dependencies.addAll(List.of(others));
        reason = Bindings.createStringBinding(() -> rule.get().orElse(""), dependencies.toArray(Observable[]::new));
        List<Observable> display = new ArrayList<>(List.of(reason, revealed));
        for (ValidatedText field : fields) {
            display.add(field.error());
            display.add(field.touched());
        }
        shown = Bindings.createStringBinding(() -> {
            String text = reason.get();
            boolean touched = revealed.get() || fields.stream().anyMatch(f -> f.touched().get());
            boolean repeated = fields.stream().anyMatch(f -> text.equals(f.error().get()));
            return touched && !repeated ? text : "";
        }, display.toArray(Observable[]::new));
        valid = Bindings.createBooleanBinding(() -> reason.get().isEmpty(), reason);
    }

    public StringBinding reason() {
        return reason;
    }

    /** What to show under the form. */
    public StringBinding shown() {
        return shown;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public void reveal() {
        revealed.set(true);
    }
}
