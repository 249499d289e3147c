package com.bizsync.engine;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.RunnerStatus;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.ScheduleCalculator;
import com.bizsync.settings.SettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the background runner carries out the schedule, as the console's schedule page, tree
 * and status bar and {@code bizsync scheduler status} tell it: one reading of its heartbeat, one
 * sentence in the user's language.
 */
public record SchedulerState(State state, Optional<ZonedDateTime> nextRun, Optional<RunnerStatus> heartbeat,
                             boolean scheduled) {

    public enum State {
        /** Alive: heard from within {@link RunnerStatus#SILENCE}. */
        RUNNING,
        /** Stopped cleanly (service stopped, machine shut down). */
        STOPPED,
        /** Not heard from for a while: killed, crashed, or its machine hangs. */
        SILENT,
        /** No runner ever ran with these settings. */
        NEVER_STARTED
    }

    public static SchedulerState read(SettingsStore store, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Schedule schedule = store.schedule();
        List<ZonedDateTime> next = List.of();
        try {
            next = ScheduleCalculator.nextRuns(schedule, now, 1);
        } catch (RuntimeException e) {
            // An invalid schedule has no next run; the schedule page says why.
        }
        Optional<RunnerStatus> heartbeat = store.runnerStatus();
        State state = heartbeat.map(h -> h.alive(now.toInstant()) ? State.RUNNING
                : h.stoppedAt() != null ? State.STOPPED : State.SILENT).orElse(State.NEVER_STARTED);
        return new SchedulerState(state, next.stream().findFirst(), heartbeat, schedule.frequency() != Schedule.Frequency.NONE);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Worth a warning: a schedule is set but nothing carries it out. */
    public boolean needsAttention() {
        return scheduled && !running();
    }

    /** « Planificateur actif — prochaine publication mardi 2 décembre à 06:00 », or what is wrong and what to do. */
    public String sentence() {
        return switch (state) {
            case RUNNING -> nextRun.map(n -> Messages.get("engine.scheduler.running", when(n)))
                    .orElse(Messages.get("engine.scheduler.runningNothingPlanned"));
            case STOPPED -> Messages.get(scheduled ? "engine.scheduler.stopped" : "engine.scheduler.stoppedNoSchedule",
                    when(heartbeat.orElseThrow().stoppedAt().atZone(zone())));
            case SILENT -> Messages.get("engine.scheduler.silent", when(heartbeat.orElseThrow().lastSeen().atZone(zone())));
            case NEVER_STARTED -> Messages.get(scheduled ? "engine.scheduler.neverStarted"
                    : "engine.scheduler.neverStartedNoSchedule");
        };
    }

    /** For a status bar: the running sentence, or what is wrong in a few words (the sentence says what to do). */
    public String shortSentence() {
        return switch (state) {
            case RUNNING -> sentence();
            case STOPPED -> Messages.get(scheduled ? "engine.scheduler.short.stopped" : "engine.scheduler.stoppedNoSchedule",
                    when(heartbeat.orElseThrow().stoppedAt().atZone(zone())));
            case SILENT -> Messages.get("engine.scheduler.short.silent");
            case NEVER_STARTED -> Messages.get(scheduled ? "engine.scheduler.short.neverStarted"
                    : "engine.scheduler.neverStartedNoSchedule");
        };
    }

    private java.time.ZoneId zone() {
        return nextRun.map(ZonedDateTime::getZone).orElse(java.time.ZoneId.systemDefault());
    }

    /** "mardi 2 décembre à 06:00" / "Tuesday 2 December at 06:00". */
    public static String when(ZonedDateTime time) {
        Locale locale = Messages.locale();
        String pattern = "fr".equals(locale.getLanguage()) ? "EEEE d MMMM 'à' HH:mm" : "EEEE d MMMM 'at' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(time);
    }

    public static String when(Instant time, java.time.ZoneId zone) {
        return when(time.atZone(zone));
    }
}
