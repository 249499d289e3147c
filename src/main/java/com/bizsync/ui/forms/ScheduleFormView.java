package com.bizsync.ui.forms;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.Schedule.Frequency;
import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Texts;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import javafx.scene.layout.VBox;

/** The schedule form: only the fields that apply to the chosen frequency, then the next run times. */
public final class ScheduleFormView extends VBox {

    public ScheduleFormView(ScheduleFormModel model) {
        setSpacing(12);
        // Not a promise: what the background runner's heartbeat says, and what to do when it is silent.
        Label hint = new SchedulerStateLabel("schedule-runner", model.runner(), true);

        FormGrid form = new FormGrid();
        ComboBox<Frequency> frequency = new ComboBox<>();
        frequency.getItems().setAll(Frequency.values());
        frequency.setId("schedule-frequency");
        frequency.setConverter(converter(f -> Texts.t("schedule.frequency." + f.name())));
        frequency.valueProperty().bindBidirectional(model.frequency());
        form.field("schedule.frequency", frequency, null);

        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.getItems().setAll(DayOfWeek.values());
        day.setId("schedule-weekday");
        day.setConverter(converter(d -> d.getDisplayName(TextStyle.FULL, Messages.locale())));
        day.valueProperty().bindBidirectional(model.weekDay());
        form.field("schedule.weekDay", day, null, model.weekly());

        Spinner<Integer> times = new Spinner<>(1, 24, model.timesPerDay().get());
        times.setId("schedule-times");
        times.setEditable(true);
        times.getValueFactory().valueProperty().addListener((obs, old, now) -> model.timesPerDay().set(now));
        model.timesPerDay().addListener((obs, old, now) -> times.getValueFactory().setValue(now.intValue()));
        form.field("schedule.timesPerDay", times, null, model.scheduled());

        TextField first = Fields.text("schedule-first", model.firstRun());
        first.setPromptText("07:00");
        form.field("schedule.firstRun", first, model.firstRun().error(), model.scheduled());

        Spinner<Integer> interval = new Spinner<>(1, 23, Math.max(1, model.intervalHours().get()));
        interval.setId("schedule-interval");
        interval.setEditable(true);
        interval.getValueFactory().valueProperty().addListener((obs, old, now) -> model.intervalHours().set(now));
        model.intervalHours().addListener((obs, old, now) -> interval.getValueFactory().setValue(now.intValue()));
        form.field("schedule.interval", interval, null, model.severalADay());
        form.pageError("schedule-page-error", model.page().shown());

        Label runsTitle = new Label(Texts.t("schedule.nextRuns"));
        runsTitle.getStyleClass().add("section-title");
        Label runs = new Label();
        runs.setId("schedule-next-runs");
        runs.textProperty().bind(model.nextRuns());
        getChildren().addAll(hint, form, runsTitle, runs);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                // The combo boxes are not editable: no typed text ever needs converting back.
                return null;
            }
        };
    }
}
