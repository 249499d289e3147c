package com.bizsync.ui.forms;

import com.bizsync.engine.OperationResult;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.common.UnsavedChanges;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;

/** A form edited in a dialog of the console (company, family, user): what the dialog needs of it. */
public interface EditorForm {

    BooleanExpression valid();

    /** Shows every reason, after a refused Save. */
    void reveal();

    UnsavedChanges changes();

    /** The question asked when the dialog is closed with changes not saved. */
    String unsavedQuestion();

    /**
     * Saves the form, after the checks only the data can answer (off the FX thread); then runs
     * {@code saved}, or {@code refused} with the sentence saying why, on the FX thread.
     */
    void saveThen(Runnable saved, Consumer<String> refused);

    /** Saves once the engine's {@code check} (run off the FX thread) succeeded; its failure is the refusal. */
    static void saveAfter(Busy busy, Callable<OperationResult> check, Supplier<?> save, Runnable saved,
                          Consumer<String> refused) {
        busy.run(check, result -> {
            if (result.success()) {
                saveNow(save, saved, refused);
            } else {
                refused.accept(result.message());
            }
        }, refused);
    }

    /** Saves at once: the store's refusal becomes the sentence. */
    static void saveNow(Supplier<?> save, Runnable saved, Consumer<String> refused) {
        try {
            save.get();
        } catch (RuntimeException failure) {
            refused.accept(Failures.sentence(failure));
            return;
        }
        saved.run();
    }
}
