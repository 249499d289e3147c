package com.bizsync.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Unattended publication times (FUNCTIONAL.md §2): a frequency, how many runs a day, the first
 * run time and the hours between runs when there is more than one.
 */
public record Schedule(Frequency frequency, DayOfWeek weekDay, int timesPerDay, LocalTime firstRun,
                       int intervalHours) {
    public enum Frequency { NONE, DAILY, WORKING_DAYS, WEEKLY }

    public static final Schedule NONE = new Schedule(Frequency.NONE, DayOfWeek.MONDAY, 1, LocalTime.of(7, 0), 1);
}
