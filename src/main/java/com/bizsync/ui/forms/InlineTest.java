package com.bizsync.ui.forms;

import com.bizsync.engine.OperationResult;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The inline "Tester" of the portal, database and proxy forms: runs the engine check off the FX
 * thread and keeps its result, which any edit of the tested inputs makes stale (cleared).
 */
final class InlineTest {
    private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();
    private final Busy busy;

    InlineTest(Busy busy, ObservableValue<?>... testedInputs) {
        this.busy = busy;
        // Change (not invalidation) listeners: they fire on every edit, read or not.
        for (ObservableValue<?> input : testedInputs) {
            input.addListener((obs, old, now) -> result.set(null));
        }
    }

    ObjectProperty<CheckResult> result() {
        return result;
    }

    void clear() {
        result.set(null);
    }

    /** Runs one engine check; a failure to run it at all shows its sentence as a failed result. */
    <T> void run(Callable<T> check, Function<? super T, CheckResult> toResult) {
        busy.run(check, outcome -> result.set(toResult.apply(outcome)),
                sentence -> result.set(new CheckResult(false, sentence)));
    }

    void run(Callable<OperationResult> check) {
        run(check, r -> new CheckResult(r.success(), r.message()));
    }
}
