package com.bizsync.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;

/** Shows a {@link CheckResult} inline: green check and sentence, or red cross and sentence. */
public final class CheckResultView extends Label {
    /** Held by the label, observed weakly: a view rebuilt (language switch) on the same model is let go. */
    private final ChangeListener<CheckResult> shown = (obs, old, now) -> show(now);

    public CheckResultView(String id, ObservableValue<CheckResult> result) {
        setId(id);
        setWrapText(true);
        setMaxWidth(560);
        show(result.getValue());
        result.addListener(new WeakChangeListener<>(shown));
    }

    private void show(CheckResult result) {
        getStyleClass().removeAll("result-success", "result-failure");
        if (result == null) {
            setText("");
            setGraphic(null);
            setVisible(false);
            setManaged(false);
            return;
        }
        setText(result.message());
        setGraphic(result.success() ? Icons.success() : Icons.failure());
        getStyleClass().add(result.success() ? "result-success" : "result-failure");
        setVisible(true);
        setManaged(true);
    }
}
