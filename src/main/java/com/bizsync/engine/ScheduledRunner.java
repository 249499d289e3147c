package com.bizsync.engine;

import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.ScheduleCalculator;
import com.bizsync.settings.SettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DefaultEngine#publishAll} at the times of the saved schedule, journalled as
 * {@code SCHEDULED_RUN}. The schedule is read again at least every minute, so a change saved in
 * the console applies without restarting; a run time that passed while a run was going on is
 * skipped rather than run late twice.
 */
public final class ScheduledRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRunner.class);
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final SettingsStore store;
    private final DefaultEngine engine;
    private final Clock clock;
    private final Cancellation stop;

    public ScheduledRunner(SettingsStore store, DefaultEngine engine, Clock clock, Cancellation stop) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.stop = stop;
    }

    /** The next run strictly after {@code after}, if the schedule has one. */
    public Optional<ZonedDateTime> nextRun(ZonedDateTime after) {
        Schedule schedule = store.schedule();
        List<ZonedDateTime> runs = ScheduleCalculator.nextRuns(schedule, after, 1);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /**
     * Loops until {@code stop} is cancelled.
     *
     * @param announce receives each run's results (the command prints them)
     */
    public void loop(Consumer<List<OperationResult>> announce) throws InterruptedException {
        ZonedDateTime lastCheck = ZonedDateTime.now(clock);
        while (!stop.isCancelled()) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            Optional<ZonedDateTime> due = safeNextRun(lastCheck);
            if (due.isPresent() && !due.get().isAfter(now)) {
                LOG.info("Scheduled run due at {} starts", due.get());
                announce.accept(engine.publishAll(ProgressListener.NONE, stop, JournalEntry.Operation.SCHEDULED_RUN));
                lastCheck = ZonedDateTime.now(clock);
                continue;
            }
            lastCheck = now;
            Duration wait = due.map(d -> Duration.between(now, d)).filter(d -> d.compareTo(RECHECK) < 0).orElse(RECHECK);
            sleep(wait);
        }
    }

    private Optional<ZonedDateTime> safeNextRun(ZonedDateTime after) {
        try {
            return nextRun(after);
        } catch (RuntimeException e) {
            // An unreadable or invalid schedule must not stop the service: look again next minute.
            LOG.warn("Could not compute the next scheduled run", e);
            return Optional.empty();
        }
    }

    private void sleep(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + Math.max(1, wait.toMillis()) * 1_000_000L;
        // Short naps so that a stop request is honoured within a second.
        while (!stop.isCancelled() && System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000L)));
        }
    }
}
