package com.bizsync.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.ProgressIndicator;

/**
 * Runs slow work (engine calls: tests, publications, deletions) on the background pool and hands
 * the outcome back on the FX thread, while {@link #runningProperty()} drives a busy indicator.
 * Failures arrive as the sentence the user reads ({@link Failures#sentence}), never as a trace.
 */
public final class Busy {
    private final ExecutorService background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private int inFlight;

    public Busy(ExecutorService background) {
        this.background = background;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /**
     * Starts {@code work} off the FX thread. Must be called on the FX thread; {@code onSuccess} or
     * {@code onFailure} runs on it afterwards. The returned future completes after the callback ran.
     */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        inFlight++;
        running.set(true);
        background.execute(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> {
                    finished();
                    try {
                        onSuccess.accept(value);
                    } finally {
                        done.complete(value);
                    }
                });
            } catch (Exception | LinkageError failure) {
                String sentence = Failures.sentence(failure);
                Platform.runLater(() -> {
                    finished();
                    try {
                        onFailure.accept(sentence);
                    } finally {
                        done.completeExceptionally(failure);
                    }
                });
            }
        });
        return done;
    }

    private void finished() {
        inFlight--;
        running.set(inFlight > 0);
    }

    /** A small spinning indicator visible only while work runs. */
    public ProgressIndicator indicator() {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.getStyleClass().add("busy-indicator");
        indicator.setPrefSize(22, 22);
        indicator.setMaxSize(22, 22);
        indicator.visibleProperty().bind(running);
        indicator.managedProperty().bind(running);
        return indicator;
    }
}
