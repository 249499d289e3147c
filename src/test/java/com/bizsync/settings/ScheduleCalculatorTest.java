package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The next run times the console displays and the scheduler follows, for every frequency. */
class ScheduleCalculatorTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static ZonedDateTime paris(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(PARIS);
    }

    static List<String> next(Schedule schedule, String from, int count) {
        return ScheduleCalculator.nextRuns(schedule, paris(from), count).stream()
                .map(t -> t.toOffsetDateTime().toString()).toList();
    }

    static Schedule of(Schedule.Frequency frequency, DayOfWeek day, int times, String first, int interval) {
        return new Schedule(frequency, day, times, LocalTime.parse(first), interval);
    }

    @Test
    void noScheduleNeverRuns() {
        assertTrue(ScheduleCalculator.nextRuns(Schedule.NONE, paris("2026-11-23T06:00"), 5).isEmpty());
        assertEquals(List.of(), ScheduleCalculator.timesOfDay(Schedule.NONE));
    }

    @Test
    void everyDayOnceRunsEachDayAtTheFirstRunTime() {
        Schedule daily = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, "07:00", 1);
        assertEquals(List.of("2026-11-23T07:00+01:00", "2026-11-24T07:00+01:00", "2026-11-25T07:00+01:00"),
                next(daily, "2026-11-23T06:59", 3));
    }

    @Test
    void aRunAtExactlyTheStartingInstantIsNotANextRun() {
        Schedule daily = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, "07:00", 1);
        assertEquals(List.of("2026-11-24T07:00+01:00"), next(daily, "2026-11-23T07:00", 1));
    }

    @Test
    void severalRunsADayFollowTheInterval() {
        Schedule thrice = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 3, "08:15", 4);
        assertEquals(List.of(LocalTime.of(8, 15), LocalTime.of(12, 15), LocalTime.of(16, 15)),
                ScheduleCalculator.timesOfDay(thrice));
        assertEquals(List.of("2026-11-23T12:15+01:00", "2026-11-23T16:15+01:00", "2026-11-24T08:15+01:00",
                "2026-11-24T12:15+01:00"), next(thrice, "2026-11-23T10:00", 4));
    }

    @Test
    void twentyFourRunsADayIsEveryHour() {
        Schedule hourly = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 24, "00:00", 1);
        List<String> runs = next(hourly, "2026-11-23T22:30", 4);
        assertEquals(List.of("2026-11-23T23:00+01:00", "2026-11-24T00:00+01:00", "2026-11-24T01:00+01:00",
                "2026-11-24T02:00+01:00"), runs);
    }

    @Test
    void workingDaysSkipTheWeekEnd() {
        Schedule working = of(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 2, "07:00", 10);
        assertEquals(List.of("2026-11-30T07:00+01:00", "2026-11-30T17:00+01:00", "2026-12-01T07:00+01:00"),
                next(working, "2026-11-27T18:00", 3), "from Friday evening: next is Monday");
        List<ZonedDateTime> fortnight = ScheduleCalculator.nextRuns(working, paris("2026-11-23T00:00"), 20);
        assertEquals(20, fortnight.size());
        assertTrue(fortnight.stream().noneMatch(t -> t.getDayOfWeek() == DayOfWeek.SATURDAY
                || t.getDayOfWeek() == DayOfWeek.SUNDAY));
        assertEquals("2026-12-04T17:00+01:00", fortnight.get(19).toOffsetDateTime().toString(),
                "ten working days, twice each: the second Friday evening");
    }

    @Test
    void weeklyRunsOnlyOnTheChosenDay() {
        Schedule thursdays = of(Schedule.Frequency.WEEKLY, DayOfWeek.THURSDAY, 1, "19:30", 1);
        assertEquals(List.of("2026-11-26T19:30+01:00", "2026-12-03T19:30+01:00", "2026-12-10T19:30+01:00"),
                next(thursdays, "2026-11-23T12:00", 3));
        assertEquals(List.of("2026-12-03T19:30+01:00"), next(thursdays, "2026-11-26T19:31", 1),
                "just after this week's run: next week");
        assertEquals(52, ScheduleCalculator.nextRuns(thursdays, paris("2026-11-23T12:00"), 52).size());
    }

    @Test
    void theSpringForwardGapMovesTheRunAfterItAndNeverRunsTwice() {
        // 2026-03-29 in Paris: 02:00 does not exist, clocks jump to 03:00.
        Schedule nightly = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 3, "01:30", 1);
        assertEquals(List.of("2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00", "2026-03-30T01:30+02:00"),
                next(nightly, "2026-03-29T00:00", 3));
    }

    @Test
    void theFallBackOverlapRunsOnce() {
        // 2026-10-25 in Paris: 02:00–03:00 happens twice.
        Schedule daily = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, "02:30", 1);
        assertEquals(List.of("2026-10-25T02:30+02:00", "2026-10-26T02:30+01:00"), next(daily, "2026-10-25T00:00", 2));
    }

    @Test
    void runsKeepTheCallersTimeZone() {
        Schedule daily = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, "07:00", 1);
        ZonedDateTime from = ZonedDateTime.of(2026, 11, 23, 6, 0, 0, 0, ZoneId.of("America/Montreal"));
        ZonedDateTime run = ScheduleCalculator.nextRuns(daily, from, 1).get(0);
        assertEquals(ZonedDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneId.of("America/Montreal")), run);
    }

    @Test
    void zeroOrNegativeCountGivesNothing() {
        Schedule daily = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, "07:00", 1);
        assertTrue(ScheduleCalculator.nextRuns(daily, paris("2026-11-23T06:00"), 0).isEmpty());
        assertTrue(ScheduleCalculator.nextRuns(daily, paris("2026-11-23T06:00"), -1).isEmpty());
    }

    @Test
    void anInvalidScheduleGivesTheSameSentenceAsSaving() {
        Messages.setLocale(Locale.FRENCH);
        Schedule pastMidnight = of(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 4, "18:00", 3);
        UserError error = assertThrows(UserError.class,
                () -> ScheduleCalculator.nextRuns(pastMidnight, paris("2026-11-23T06:00"), 1));
        assertEquals(SettingsValidator.scheduleError(pastMidnight).orElseThrow(), error.getMessage());
    }

    @Test
    void runsOnFollowsTheFrequency() {
        Schedule working = of(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 1, "07:00", 1);
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(day.getValue() <= 5, ScheduleCalculator.runsOn(working, day), day.toString());
            assertEquals(day == DayOfWeek.SUNDAY,
                    ScheduleCalculator.runsOn(of(Schedule.Frequency.WEEKLY, DayOfWeek.SUNDAY, 1, "07:00", 1), day));
            assertTrue(ScheduleCalculator.runsOn(of(Schedule.Frequency.DAILY, day, 1, "07:00", 1), day));
        }
    }
}
