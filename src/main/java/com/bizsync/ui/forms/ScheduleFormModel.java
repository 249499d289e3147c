package com.bizsync.ui.forms;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.Schedule.Frequency;
import com.bizsync.settings.ScheduleCalculator;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Publication schedule ("Planification de la publication"): frequency, week day, runs per day,
 * first run time and interval; the fields shown depend on the frequency, and the next run times
 * are listed as the user edits.
 */
public final class ScheduleFormModel {
    private static final int SHOWN_RUNS = 5;
    private final SettingsStore settings;
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.NONE);
    private final ObjectProperty<DayOfWeek> weekDay = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final IntegerProperty timesPerDay = new SimpleIntegerProperty(1);
    private final IntegerProperty intervalHours = new SimpleIntegerProperty(1);
    private final ValidatedText firstRun = new ValidatedText(
            text -> SettingsValidator.firstRunError(frequency.get(), time(text)), frequency);
    private final BooleanBinding scheduled = Bindings.createBooleanBinding(() -> frequency.get() != Frequency.NONE,
            frequency);
    private final BooleanBinding weekly = Bindings.createBooleanBinding(() -> frequency.get() == Frequency.WEEKLY,
            frequency);
    private final BooleanBinding severalADay = scheduled.and(timesPerDay.greaterThan(1));
    private final PageCheck page;
    private final StringBinding nextRuns;
    /** The time as typed too: "6:3" is not a time yet, but it is a change. */
    private final javafx.beans.property.ObjectProperty<com.bizsync.engine.SchedulerState> runner =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final UnsavedChanges changes = new UnsavedChanges(() -> List.of(value(), firstRun.text()));

    public ScheduleFormModel(SettingsStore settings) {
        this.settings = settings;
        page = new PageCheck(() -> SettingsValidator.scheduleError(value()), List.of(firstRun), frequency, weekDay,
                timesPerDay, intervalHours);
        nextRuns = Bindings.createStringBinding(this::describeNextRuns, page.reason(), frequency, weekDay,
                timesPerDay, intervalHours, firstRun.value());
        changes.markSaved();
    }

    public void load() {
        Schedule schedule = settings.schedule();
        frequency.set(schedule.frequency());
        weekDay.set(schedule.weekDay() == null ? DayOfWeek.MONDAY : schedule.weekDay());
        timesPerDay.set(schedule.timesPerDay());
        intervalHours.set(Math.max(1, schedule.intervalHours()));
        firstRun.load(schedule.firstRun() == null ? "" : schedule.firstRun().toString());
        page.conceal();
        changes.markSaved();
    }

    public Schedule value() {
        return new Schedule(frequency.get(), weekDay.get(), timesPerDay.get(), time(firstRun.text()),
                intervalHours.get());
    }

    /** HH:MM, or null: the validator explains the expected format. */
    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void save() {
        settings.saveSchedule(value());
        changes.markSaved();
    }

    public UnsavedChanges changes() {
        return changes;
    }

    /** Whether the background runner carries the schedule out (shown on the page; null while unknown). */
    public javafx.beans.property.ObjectProperty<com.bizsync.engine.SchedulerState> runner() {
        return runner;
    }

    private String describeNextRuns() {
        if (!page.reason().get().isEmpty()) {
            return "";
        }
        if (frequency.get() == Frequency.NONE) {
            return Texts.t("schedule.noRuns");
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Messages.locale());
        List<ZonedDateTime> runs = ScheduleCalculator.nextRuns(value(), ZonedDateTime.now(), SHOWN_RUNS);
        return runs.stream().map(format::format).collect(Collectors.joining("\n"));
    }

    public ObjectProperty<Frequency> frequency() {
        return frequency;
    }

    public ObjectProperty<DayOfWeek> weekDay() {
        return weekDay;
    }

    public IntegerProperty timesPerDay() {
        return timesPerDay;
    }

    public IntegerProperty intervalHours() {
        return intervalHours;
    }

    public ValidatedText firstRun() {
        return firstRun;
    }

    public BooleanBinding scheduled() {
        return scheduled;
    }

    public BooleanBinding weekly() {
        return weekly;
    }

    public BooleanBinding severalADay() {
        return severalADay;
    }

    public PageCheck page() {
        return page;
    }

    public BooleanBinding valid() {
        return page.valid();
    }

    public StringBinding nextRuns() {
        return nextRuns;
    }
}
