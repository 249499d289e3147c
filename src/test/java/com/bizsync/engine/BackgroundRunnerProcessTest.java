package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.RunnerStatus;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.SettingsStore;
import com.bizsync.testing.AppProcess;
import com.bizsync.testing.DemoWorld;
import com.bizsync.testing.GatedForwarder;
import com.bizsync.settings.PortalSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background runner as a real separate process ({@code bizsync scheduler}) on the demo
 * settings, against the real platform on 127.0.0.1, with no console running.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BackgroundRunnerProcessTest {
    /** A JVM ended by SIGTERM after its shutdown hooks exits with 128 + 15 (the systemd unit counts it as success). */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path root;

    @org.junit.jupiter.api.BeforeEach
    void french() {
        com.bizsync.i18n.Messages.setLocale(java.util.Locale.FRENCH);
    }

    private Path home() {
        return root.resolve("home");
    }

    @Test
    void itPublishesAtTheScheduledMinuteAndSaysItIsAlive() throws Exception {
        try (DemoWorld world = DemoWorld.create(root)) {
            // The next whole minute at least 15 s away: the run must wait for it, not start at once.
            ZonedDateTime now = ZonedDateTime.now();
            ZonedDateTime due = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            if (Duration.between(now, due).getSeconds() < 15) {
                due = due.plusMinutes(1);
            }
            world.store.saveSchedule(new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, due.toLocalTime(), 1));
            try (AppProcess runner = AppProcess.start(home(), "scheduler")) {
                waitUntil(30, () -> SchedulerState.read(world.store, Clock.systemDefaultZone()).running());
                SchedulerState alive = SchedulerState.read(world.store, Clock.systemDefaultZone());
                assertEquals(due.toInstant(), alive.nextRun().orElseThrow().toInstant());
                assertTrue(alive.sentence().startsWith("Planificateur actif — prochaine publication "), alive.sentence());
                assertEquals(0, status(), "scheduler status: running");
                assertEquals(0, scheduled(world, Operation.SCHEDULED_RUN), "nothing before its time");

                waitUntil(150, () -> scheduled(world, Operation.PUBLISH_USERS) > 0);
                List<JournalEntry> rows = world.journal();
                JournalEntry first = rows.stream().filter(e -> e.operation() == Operation.SCHEDULED_RUN)
                        .reduce((a, b) -> b).orElseThrow();
                assertTrue(!first.time().isBefore(due.toInstant()), "ran at " + first.time() + ", due " + due);
                assertTrue(first.time().isBefore(due.toInstant().plusSeconds(30)), "ran on time: " + first.time());
                assertEquals(world.companies.size() + 1, scheduled(world, Operation.SCHEDULED_RUN),
                        "one scheduled row per company and the family: " + runner.output());
                rows.stream().filter(e -> e.operation() == Operation.SCHEDULED_RUN)
                        .forEach(e -> assertEquals(JournalEntry.Status.SUCCESS, e.status(), e.company() + ": " + e.message()));
                assertEquals(200, world.phone.views(world.directionToken(world.code(0)), world.code(0)).status(),
                        "the platform holds the snapshot");

                assertEquals(SIGTERM_EXIT, runner.stop(30), "stops cleanly on SIGTERM: " + runner.output());
            }
            SchedulerState stopped = SchedulerState.read(world.store, Clock.systemDefaultZone());
            assertEquals(SchedulerState.State.STOPPED, stopped.state());
            assertTrue(stopped.sentence().startsWith("Planificateur arrêté depuis "), stopped.sentence());
            assertEquals(3, status(), "scheduler status: not running");
        }
    }

    @Test
    void aRunMissedWhileTheMachineWasOffIsCaughtUpExactlyOnce() throws Exception {
        try (DemoWorld world = DemoWorld.create(root)) {
            ZonedDateTime now = ZonedDateTime.now();
            // Every day two hours ago; the last runner stopped a day ago: one run was missed.
            LocalTime daily = now.minusHours(2).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
            world.store.saveSchedule(new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, daily, 1));
            Instant yesterday = now.minusDays(1).toInstant();
            world.store.saveRunnerStatus(new RunnerStatus(yesterday.minusSeconds(3600), yesterday, yesterday, 1, "old",
                    "0.1.0", yesterday, null, null, "", null));

            try (AppProcess runner = AppProcess.start(home(), "scheduler")) {
                waitUntil(120, () -> scheduled(world, Operation.PUBLISH_USERS) > 0);
                waitUntil(30, () -> world.store.runnerStatus().map(s -> s.lastRunAt() != null).orElse(false));
                assertEquals(world.companies.size() + 1, scheduled(world, Operation.CATCH_UP_RUN),
                        "the missed run, journalled as caught up: " + runner.output());
                assertEquals(0, scheduled(world, Operation.SCHEDULED_RUN));
                assertEquals(SIGTERM_EXIT, runner.stop(30), runner.output());
            }
            try (AppProcess again = AppProcess.start(home(), "scheduler")) {
                Instant restarted = Instant.now();
                waitUntil(30, () -> world.store.runnerStatus().map(s -> s.startedAt().isAfter(restarted.minusSeconds(5))
                        && s.stoppedAt() == null).orElse(false));
                // The restart had its chance to catch up (it does so before its first heartbeat).
                Thread.sleep(3_000);
                assertEquals(world.companies.size() + 1, scheduled(world, Operation.CATCH_UP_RUN),
                        "not caught up a second time: " + again.output());
                assertEquals(SIGTERM_EXIT, again.stop(30));
            }
        }
    }

    @Test
    void theConsoleAndTheRunnerNeverPublishTheSameCompanyAtOnce() throws Exception {
        try (DemoWorld world = DemoWorld.create(root);
             GatedForwarder network = new GatedForwarder(world.platform.url())) {
            PortalSettings portal = world.store.portal();
            world.store.savePortal(new PortalSettings(network.url(), portal.customerCode(), portal.password()));
            String first = world.code(0);
            network.hold();
            // The console publishes the first company; its sending is held on the way.
            var console = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> world.engine.publish(first, ProgressListener.NONE, Cancellation.none()));
            assertTrue(network.awaitHeld(60, TimeUnit.SECONDS));

            // Meanwhile the runner catches up a missed run of every company.
            ZonedDateTime now = ZonedDateTime.now();
            world.store.saveSchedule(new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1,
                    now.minusHours(2).toLocalTime().truncatedTo(ChronoUnit.MINUTES), 1));
            Instant yesterday = now.minusDays(1).toInstant();
            world.store.saveRunnerStatus(new RunnerStatus(yesterday, yesterday, yesterday, 1, "old", "0.1.0", yesterday,
                    null, null, "", null));
            try (AppProcess runner = AppProcess.start(home(), "scheduler")) {
                // Its three workers start: two reach the network, the one on the first company waits.
                waitUntil(90, () -> network.heldCount() >= 3);
                Thread.sleep(2_000);
                assertEquals(1, network.maxInFlight(first), "one publication of " + first + " at a time");
                network.release();

                OperationResult mine = console.get(60, TimeUnit.SECONDS);
                assertTrue(mine.success(), mine.message());
                waitUntil(120, () -> scheduled(world, Operation.PUBLISH_USERS) >= 1);
                assertEquals(1, network.maxInFlight(first), "still one at a time");
                List<JournalEntry> rows = world.journal().stream().filter(e -> first.equals(e.company())).toList();
                assertEquals(1, rows.stream().filter(e -> e.operation() == Operation.PUBLISH).count());
                JournalEntry caughtUp = rows.stream().filter(e -> e.operation() == Operation.CATCH_UP_RUN)
                        .findFirst().orElseThrow(() -> new AssertionError("no runner row: " + runner.output()));
                assertEquals(JournalEntry.Status.SUCCESS, caughtUp.status(), caughtUp.message());
                assertEquals(200, world.phone.views(world.directionToken(first), first).status(), "a whole snapshot");
                runner.stop(30);
            }
        }
    }

    private int status() throws InterruptedException {
        try (AppProcess status = AppProcess.start(home(), "scheduler", "status")) {
            return status.waitFor(60);
        }
    }

    private static long scheduled(DemoWorld world, Operation operation) {
        return world.store.journal(SettingsStore.JournalFilter.ALL).stream().filter(e -> e.operation() == operation).count();
    }

    private static void waitUntil(long seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
