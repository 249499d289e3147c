package com.bizsync.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When the unattended publication runs (FUNCTIONAL.md §2): pure date arithmetic, shown to the
 * user as "next runs" and used by the scheduler.
 */
public final class ScheduleCalculator {
    private ScheduleCalculator() {
    }

    /** The run times of one run day, from the first run, every {@code intervalHours}. */
    public static List<LocalTime> timesOfDay(Schedule schedule) {
        Problem.require(SettingsRules.scheduleProblem(schedule));
        if (schedule.frequency() == Schedule.Frequency.NONE) {
            return List.of();
        }
        List<LocalTime> times = new ArrayList<>();
        for (int run = 0; run < schedule.timesPerDay(); run++) {
            times.add(schedule.firstRun().plusHours((long) run * schedule.intervalHours()));
        }
        return times;
    }

    public static boolean runsOn(Schedule schedule, DayOfWeek day) {
        return switch (schedule.frequency()) {
            case NONE -> false;
            case DAILY -> true;
            case WORKING_DAYS -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
            case WEEKLY -> day == schedule.weekDay();
        };
    }

    /**
     * The next {@code count} runs strictly after {@code from}, in its time zone. A run time that
     * falls in a daylight-saving gap happens just after the gap, and a run never happens twice.
     *
     * @throws com.bizsync.i18n.UserError when the schedule is invalid (same sentence as on saving)
     */
    public static List<ZonedDateTime> nextRuns(Schedule schedule, ZonedDateTime from, int count) {
        List<LocalTime> times = timesOfDay(schedule);
        List<ZonedDateTime> runs = new ArrayList<>();
        if (times.isEmpty() || count <= 0) {
            return runs;
        }
        ZonedDateTime last = from;
        // Every frequency but NONE runs at least once a week, so this many days always suffice.
        long maxDays = 7L * count + 8;
        LocalDate day = from.toLocalDate();
        for (long d = 0; d < maxDays && runs.size() < count; d++, day = day.plusDays(1)) {
            if (!runsOn(schedule, day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time : times) {
                ZonedDateTime run = ZonedDateTime.of(day, time, from.getZone());
                if (run.isAfter(last) && runs.size() < count) {
                    runs.add(run);
                    last = run;
                }
            }
        }
        return runs;
    }
}
