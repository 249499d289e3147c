package com.bizsync.ui.forms;

import com.bizsync.engine.SchedulerState;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Whether the background runner carries out the schedule: « Planificateur actif — prochaine
 * publication … » in the success colour, or what is wrong in the warning colour with what to do
 * (the whole sentence, or in a tooltip where space is short).
 */
public final class SchedulerStateLabel extends Label {
    private static final String RUNNING = "result-success";
    private static final String WARNING = "result-failure";

    /**
     * @param whole the whole sentence (the schedule page), or the short one with the whole in a
     *              tooltip (the status bar)
     */
    public SchedulerStateLabel(String id, ObservableValue<SchedulerState> state, boolean whole) {
        setId(id);
        setWrapText(whole);
        setMinWidth(whole ? 0 : USE_PREF_SIZE);
        show(state.getValue(), whole);
        state.addListener((obs, old, now) -> show(now, whole));
    }

    private void show(SchedulerState state, boolean whole) {
        getStyleClass().removeAll(RUNNING, WARNING, "hint");
        if (state == null) {
            setText("");
            setVisible(false);
            setManaged(false);
            return;
        }
        setVisible(true);
        setManaged(true);
        setText(whole ? state.sentence() : state.shortSentence());
        setTooltip(whole ? null : new Tooltip(state.sentence()));
        getStyleClass().add(state.needsAttention() ? WARNING : state.running() ? RUNNING : "hint");
    }
}
