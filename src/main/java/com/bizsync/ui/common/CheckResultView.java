package com.bizsync.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** Shows a {@link CheckResult} inline: green check and sentence, or red cross and sentence. */
public final class CheckResultView extends Label {

    public CheckResultView(String id, ObservableValue<CheckResult> result) {
        setId(id);
        setWrapText(true);
        setMaxWidth(560);
        show(result.getValue());
        result.addListener((obs, old, now) -> show(now));
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
