package com.bizsync.alerts;

import com.bizsync.settings.Schedule;
import com.bizsync.settings.ScheduleCalculator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When the next publication is due according to the schedule, and when a company counts as late.
 * A run takes minutes and may be retried, so a publication counts as late only a grace period
 * after the scheduled time.
 */
public final class Lateness {
    /** Time given to a scheduled run (a slow database, a retry) before its publication counts as late. */
    public static final Duration GRACE = Duration.ofHours(1);

    private Lateness() {
    }

    /**
     * The time by which the next publication should have arrived: the next scheduled run after
     * {@code publishedAt}, plus the grace period. Empty when nothing is scheduled. This is what a
     * publication carries ({@code nextExpectedAt}) so the dashboard can mark the company late.
     */
    public static Optional<Instant> nextExpectedAt(Schedule schedule, Instant publishedAt, ZoneId zone) {
        return scheduledRun(schedule, publishedAt, zone, 1);
    }

    /**
     * The time after which the company is late enough for an alert: {@code threshold} scheduled
     * runs have passed since its last success (plus the grace period). The same count as the
     * failed runs that open an incident, so a runner that failed N times and a runner that did not
     * run at all are reported at the same moment.
     */
    public static Optional<Instant> lateAfter(Schedule schedule, Instant lastSuccess, ZoneId zone, int threshold) {
        return scheduledRun(schedule, lastSuccess, zone, Math.max(1, threshold));
    }

    private static Optional<Instant> scheduledRun(Schedule schedule, Instant after, ZoneId zone, int nth) {
        if (schedule == null || schedule.frequency() == Schedule.Frequency.NONE || after == null) {
            return Optional.empty();
        }
        List<ZonedDateTime> runs = ScheduleCalculator.nextRuns(schedule, ZonedDateTime.ofInstant(after, zone), nth);
        return runs.size() < nth ? Optional.empty() : Optional.of(runs.get(nth - 1).toInstant().plus(GRACE));
    }
}
