package com.bizsync.ui.wizard;

import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.Failures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The wizard's step engine: which step is shown, which are complete (as stored in the settings,
 * so a closed wizard resumes at the first incomplete step), and the moves between them. A valid
 * step is saved whenever it is left; a step can be revisited, never skipped over.
 */
final class WizardModel {
    private final SettingsStore settings;
    private final List<WizardStep> steps;
    private final Map<String, BooleanProperty> complete = new LinkedHashMap<>();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectBinding<WizardStep> currentStep;
    private final BooleanBinding last;

    WizardModel(SettingsStore settings, List<WizardStep> steps) {
        this.settings = settings;
        this.steps = List.copyOf(steps);
        Set<String> done = settings.completedWizardSteps();
        for (WizardStep step : steps) {
            complete.put(step.id(), new SimpleBooleanProperty(done.contains(step.id())));
        }
        currentStep = Bindings.createObjectBinding(() -> current.get() < 0 ? null : this.steps.get(current.get()),
                current);
        last = current.isEqualTo(steps.size() - 1);
    }

    /** Opens at the first incomplete step (the first one if all are complete). */
    void start() {
        enter(firstIncomplete());
    }

    int firstIncomplete() {
        for (int i = 0; i < steps.size(); i++) {
            if (!complete.get(steps.get(i).id()).get()) {
                return i;
            }
        }
        return 0;
    }

    /** Saves the current step and moves on; false (with the reason shown) when it is not valid. */
    boolean next() {
        if (!leave(true)) {
            return false;
        }
        enter(Math.min(current.get() + 1, steps.size() - 1));
        return true;
    }

    /** Goes back; the current step is saved only if it is valid (half-typed values are not stored). */
    void back() {
        if (current.get() == 0) {
            return;
        }
        if (!leave(false)) {
            return;
        }
        enter(current.get() - 1);
    }

    /** Jumps to a step from the list: any step up to the first incomplete one, or the next one. */
    boolean goTo(int index) {
        if (index == current.get() || !reachable(index)) {
            return false;
        }
        boolean forward = index > current.get();
        if (!leave(forward)) {
            return false;
        }
        if (forward && !reachable(index)) {
            return false;
        }
        enter(index);
        return true;
    }

    boolean reachable(int index) {
        for (int i = 0; i < index; i++) {
            if (!complete.get(steps.get(i).id()).get() && i != current.get()) {
                return false;
            }
        }
        return index >= 0 && index < steps.size();
    }

    /** Saves the last step; true when every step is complete and the console may open. */
    boolean finish() {
        if (!leave(true)) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!complete.get(steps.get(i).id()).get()) {
                enter(i);
                return false;
            }
        }
        return true;
    }

    /**
     * Leaves the current step: a valid step is saved and marked complete. {@code mustBeValid}: an
     * invalid step blocks the move (forward); otherwise it is left unsaved (backward).
     */
    private boolean leave(boolean mustBeValid) {
        WizardStep step = currentStep.get();
        if (step == null) {
            return true;
        }
        if (!step.valid().get()) {
            if (mustBeValid) {
                step.reveal();
                return false;
            }
            return true;
        }
        try {
            step.save();
            settings.markWizardStep(step.id(), true);
            complete.get(step.id()).set(true);
            error.set("");
            return true;
        } catch (RuntimeException failure) {
            error.set(Failures.sentence(failure));
            return false;
        }
    }

    private void enter(int index) {
        error.set("");
        steps.get(index).load();
        current.set(index);
    }

    List<WizardStep> steps() {
        return steps;
    }

    BooleanProperty complete(WizardStep step) {
        return complete.get(step.id());
    }

    IntegerProperty current() {
        return current;
    }

    ObjectBinding<WizardStep> currentStep() {
        return currentStep;
    }

    BooleanBinding last() {
        return last;
    }

    StringProperty error() {
        return error;
    }

    /** The step ids, in order (for {@link #isNeeded}). */
    static boolean allComplete(Set<String> done, List<String> ids) {
        return done.containsAll(ids);
    }
}
