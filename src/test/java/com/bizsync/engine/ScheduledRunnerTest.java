package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.Schedule;
import com.bizsync.testing.WithDemoWorld;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduler publishes everything at the saved time, journalled as scheduled runs. */
class ScheduledRunnerTest extends WithDemoWorld {

    @Test
    void aRunHappensAtTheScheduledTimeAndIsJournalledAsScheduled() throws Exception {
        ZoneId zone = ZoneId.of("Europe/Paris");
        // The runner's clock reads 06:59:57 on a working day: the 07:00 run is three real seconds away.
        ZonedDateTime fakeNow = ZonedDateTime.of(DemoDatabaseGenerator.REFERENCE_DAY.atTime(6, 59, 57), zone)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Clock clock = Clock.offset(Clock.system(zone), Duration.between(ZonedDateTime.now(zone), fakeNow));
        world.store.saveSchedule(new Schedule(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 2,
                LocalTime.of(7, 0), 4));

        Cancellation stop = new Cancellation();
        ScheduledRunner runner = new ScheduledRunner(world.store, world.engine, clock, stop);
        assertEquals(fakeNow.withHour(7).withMinute(0).withSecond(0).withNano(0),
                runner.nextRun(fakeNow).orElseThrow());
        List<List<OperationResult>> runs = new ArrayList<>();
        long started = System.nanoTime();
        runner.loop(run -> {
            runs.add(run.results());
            stop.cancel();
        });
        double waited = (System.nanoTime() - started) / 1e9;

        assertEquals(1, runs.size());
        assertTrue(waited >= 2.0, "did not run before its time: " + waited + " s");
        runs.get(0).forEach(r -> assertTrue(r.success(), r.company() + ": " + r.message()));
        List<JournalEntry> rows = world.journal();
        assertEquals(world.companies.size() + 1,
                rows.stream().filter(e -> e.operation() == JournalEntry.Operation.SCHEDULED_RUN).count(),
                "one scheduled row per company and the family");
        assertEquals(fakeNow.withHour(11).withMinute(0).withSecond(0).withNano(0),
                runner.nextRun(fakeNow.withHour(7).withMinute(1)).orElseThrow(), "then 4 hours later");
    }
}
