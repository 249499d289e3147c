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
 * touched a field or tried to go on, and only when it is no field's own reason: those appear
 * under their field, when that field is touched or revealed.
 */
public final class PageCheck {
    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final StringBinding reason;
    private final StringBinding shown;
    private final BooleanBinding valid;

    public PageCheck(Supplier<Optional<String>> rule, List<? extends CheckedField> fields, Observable... others) {
        List<Observable> dependencies = new ArrayList<>();
        for (CheckedField field : fields) {
            dependencies.addAll(field.inputs());
        }
        dependencies.addAll(List.of(others));
        reason = Bindings.createStringBinding(() -> rule.get().orElse(""), dependencies.toArray(Observable[]::new));
        List<Observable> display = new ArrayList<>(List.of(reason, revealed));
        for (CheckedField field : fields) {
            display.add(field.reason());
            display.add(field.touched());
        }
        shown = Bindings.createStringBinding(() -> {
            String text = reason.get();
            boolean touched = revealed.get() || fields.stream().anyMatch(f -> f.touched().get());
            boolean owned = fields.stream().anyMatch(f -> text.equals(f.reason().get()));
            return touched && !owned ? text : "";
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

    /** Back to "nothing tried yet" (the form was loaded again). */
    public void conceal() {
        revealed.set(false);
    }
}
