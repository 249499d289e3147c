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
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the saved publication schedule until stopped (Ctrl-C or the service manager), so that
 * publication happens also when the console is closed. See docs/scheduling.md.
 */
@Command(name = "scheduler")
final class SchedulerCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Cancellation stop = new Cancellation();
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop.cancel();
            try {
                main.join(30_000);
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
                    .map(next -> Messages.get("engine.cli.nextRun", WHEN.format(next)))
                    .orElse(Messages.get("engine.cli.noSchedule")));
            out.flush();
            runner.loop(results -> {
                PublishCommand.ResultLines.print(results, out, spec.commandLine().getErr());
                runner.nextRun(ZonedDateTime.now(clock))
                        .ifPresent(next -> out.println(Messages.get("engine.cli.nextRun", WHEN.format(next))));
                out.flush();
            });
        }
        return 0;
    }
}
