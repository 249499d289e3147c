package com.bizsync.cli;

import com.bizsync.engine.Cancellation;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.ScheduledRunner;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SqliteSettingsStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the saved publication schedule until stopped (Ctrl-C or the service manager), so that
 * publication happens also when the console is closed. See docs/scheduling.md.
 */
@Command(name = "scheduler", subcommands = SchedulerCommand.Status.class)
final class SchedulerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Cancellation stop = new Cancellation();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        // On SIGTERM (service stop) the hook asks the loop to stop and waits for its clean end
        // (heartbeat marked stopped); it does not wait for the main thread itself, whose
        // System.exit would block while hooks run.
        Thread hook = new Thread(() -> {
            stop.cancel();
            try {
                finished.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scheduler-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (SettingsStore store = SqliteSettingsStore.openDefault()) {
            Clock clock = Clock.systemDefaultZone();
            DefaultEngine engine = new DefaultEngine(store, clock);
            ScheduledRunner runner = new ScheduledRunner(store, engine, clock, stop);
            out.println(runner.nextRun(ZonedDateTime.now(clock))
                    .map(next -> Messages.get("engine.cli.nextRun", com.bizsync.engine.SchedulerState.when(next)))
                    .orElse(Messages.get("engine.cli.noSchedule")));
            out.flush();
            runner.loop(run -> {
                PublishCommand.ResultLines.print(run.results(), out, spec.commandLine().getErr());
                runner.nextRun(ZonedDateTime.now(clock))
                        .ifPresent(next -> out.println(Messages.get("engine.cli.nextRun", com.bizsync.engine.SchedulerState.when(next))));
                out.flush();
            });
        } finally {
            finished.countDown();
        }
        return 0;
    }

    /** {@code bizsync scheduler status}: exit 0 when the background runner is alive, 3 when it is not. */
    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        /** As systemd and LSB scripts say "not running". */
        static final int NOT_RUNNING = 3;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (SettingsStore store = SqliteSettingsStore.openDefault()) {
                com.bizsync.engine.SchedulerState state = com.bizsync.engine.SchedulerState.read(store,
                        Clock.systemDefaultZone());
                out.println(state.sentence());
                state.heartbeat().ifPresent(beat -> {
                    java.time.ZoneId zone = java.time.ZoneId.systemDefault();
                    if (state.running()) {
                        out.println(Messages.get("engine.cli.scheduler.status.alive", String.valueOf(beat.pid()),
                                beat.host(), beat.version(), com.bizsync.engine.SchedulerState.when(beat.startedAt(), zone)));
                    }
                    if (beat.lastRunAt() != null) {
                        out.println(Messages.get("engine.cli.scheduler.status.lastRun",
                                com.bizsync.engine.SchedulerState.when(beat.lastRunAt(), zone), beat.lastRunNote()));
                    }
                });
                out.flush();
                return state.running() ? 0 : NOT_RUNNING;
            }
        }
    }
}
