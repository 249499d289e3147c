package com.bizsync.engine;

import com.bizsync.about.Version;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.RunnerStatus;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.ScheduleCalculator;
import com.bizsync.settings.SettingsStore;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background runner: carries out the saved schedule with {@link DefaultEngine#publishAll},
 * journalled as {@code SCHEDULED_RUN}. The schedule is read again at every heartbeat, so a change
 * saved in the console applies without a restart. A scheduled time that passed while the runner
 * was not running (machine off) is caught up once at start, journalled as {@code CATCH_UP_RUN};
 * a time that passed while a run was going on is not run late. The heartbeat in the settings
 * tells the console and {@code bizsync scheduler status} that the runner is alive.
 */
public final class ScheduledRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRunner.class);

    private final SettingsStore store;
    private final DefaultEngine engine;
    private final Clock clock;
    private final Cancellation stop;
    private RunnerStatus status;
    private Instant alertsReviewed = Instant.MIN;
    /** How often the runner looks for companies late for their schedule (and mails, if any is due). */
    private static final Duration ALERT_REVIEW = Duration.ofMinutes(5);

    /** What one run did, for the command's output. */
    public record Run(Operation kind, ZonedDateTime due, List<OperationResult> results) {
    }

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
     * @param announce receives each run (the command prints it)
     */
    public void loop(Consumer<Run> announce) throws InterruptedException {
        ZonedDateTime start = ZonedDateTime.now(clock);
        Optional<RunnerStatus> previous = readStatus();
        status = new RunnerStatus(start.toInstant(), start.toInstant(), null, ProcessHandle.current().pid(), hostName(),
                Version.current(), previous.map(RunnerStatus::checkedUntil).orElse(null),
                previous.map(RunnerStatus::lastRunAt).orElse(null), previous.map(RunnerStatus::lastRunOk).orElse(null),
                previous.map(RunnerStatus::lastRunNote).orElse(""), null);
        try {
            ZonedDateTime checkedUntil = catchUp(start, announce);
            while (!stop.isCancelled()) {
                ZonedDateTime now = ZonedDateTime.now(clock);
                Optional<ZonedDateTime> due = safeNextRun(checkedUntil);
                if (due.isPresent() && !due.get().isAfter(now)) {
                    announce.accept(run(Operation.SCHEDULED_RUN, due.get()));
                    // Times that passed during the run are not run late.
                    checkedUntil = ZonedDateTime.now(clock);
                    heartbeat(checkedUntil);
                    continue;
                }
                checkedUntil = now;
                heartbeat(now);
                reviewAlerts();
                Duration wait = due.map(d -> Duration.between(now, d)).filter(d -> d.compareTo(RunnerStatus.HEARTBEAT) < 0)
                        .orElse(RunnerStatus.HEARTBEAT);
                sleep(wait);
            }
        } finally {
            save(status.stopped(clock.instant()));
        }
    }

    /** Runs once now if the schedule had a time between the last check of an earlier runner and now. */
    private ZonedDateTime catchUp(ZonedDateTime start, Consumer<Run> announce) {
        Instant lastChecked = status.checkedUntil();
        if (lastChecked == null) {
            heartbeat(start);
            return start;
        }
        Optional<ZonedDateTime> missed = safeNextRun(lastChecked.atZone(start.getZone()));
        if (missed.isPresent() && !missed.get().isAfter(start)) {
            LOG.info("Scheduled run of {} was missed (last check {}): catching up once", missed.get(), lastChecked);
            announce.accept(run(Operation.CATCH_UP_RUN, missed.get()));
            ZonedDateTime after = ZonedDateTime.now(clock);
            heartbeat(after);
            return after;
        }
        heartbeat(start);
        return start;
    }

    private Run run(Operation kind, ZonedDateTime due) {
        LOG.info("{} due at {} starts", kind, due);
        List<OperationResult> results = engine.publishAll(ProgressListener.NONE, stop, kind);
        long failed = results.stream().filter(r -> !r.success()).count();
        String note = Messages.get("engine.runner.note", results.size() - failed, failed);
        status = status.ran(clock.instant(), failed == 0, note);
        return new Run(kind, due, results);
    }

    private void heartbeat(ZonedDateTime checkedUntil) {
        Instant next = safeNextRun(checkedUntil).map(ZonedDateTime::toInstant).orElse(null);
        status = status.checked(checkedUntil.toInstant(), next);
        save(status);
    }

    /**
     * Lateness is noticed even when no run fails (a runner that could not start a run, a
     * schedule changed meanwhile), and a mail that could not go out is tried again.
     */
    private void reviewAlerts() {
        Instant now = clock.instant();
        if (Duration.between(alertsReviewed, now).compareTo(ALERT_REVIEW) < 0) {
            return;
        }
        alertsReviewed = now;
        try {
            engine.reviewAlerts();
        } catch (RuntimeException e) {
            LOG.warn("Could not review the alerts", e);
        }
    }

    private void save(RunnerStatus heartbeat) {
        try {
            store.saveRunnerStatus(heartbeat);
        } catch (RuntimeException e) {
            // A busy or read-only settings file must not stop the runner: the next beat tries again.
            LOG.warn("Could not write the runner's heartbeat", e);
        }
    }

    private Optional<RunnerStatus> readStatus() {
        try {
            return store.runnerStatus();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the previous runner's heartbeat", e);
            return Optional.empty();
        }
    }

    private Optional<ZonedDateTime> safeNextRun(ZonedDateTime after) {
        try {
            return nextRun(after);
        } catch (RuntimeException e) {
            // An unreadable or invalid schedule must not stop the service: look again at the next beat.
            LOG.warn("Could not compute the next scheduled run", e);
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
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
