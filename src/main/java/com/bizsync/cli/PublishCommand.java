package com.bizsync.cli;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.Cancellation;
import com.bizsync.engine.ProgressListener;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SqliteSettingsStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Publishes (or deletes) companies and families with the settings saved in the home folder, as
 * the console's publication wizard does: one line per company, exit 1 if any failed.
 */
@Command(name = "publish")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--delete")
    boolean delete;

    @Parameters(arity = "0..*", paramLabel = "CODE", descriptionKey = "codes")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
        if (all == !codes.isEmpty()) {
            throw new UserError("engine.cli.chooseCodes");
        }
        try (SettingsStore store = SqliteSettingsStore.openDefault()) {
            DefaultEngine engine = new DefaultEngine(store, Clock.systemDefaultZone());
            List<OperationResult> results = run(engine);
            return ResultLines.print(results, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    private List<OperationResult> run(DefaultEngine engine) {
        Cancellation never = Cancellation.none();
        if (all) {
            return delete ? List.of(engine.deleteAllPlatformData(ProgressListener.NONE, never))
                    : engine.publishAll(ProgressListener.NONE, never);
        }
        List<OperationResult> results = new ArrayList<>();
        for (String code : codes) {
            String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
            results.add(delete ? engine.deletePublication(upper, ProgressListener.NONE, never)
                    : engine.publish(upper, ProgressListener.NONE, never));
        }
        return results;
    }

    /** Successes on standard output, failures on standard error; exit 1 when any failed. */
    static final class ResultLines {
        private ResultLines() {
        }

        static int print(List<OperationResult> results, PrintWriter out, PrintWriter err) {
            boolean failed = false;
            for (OperationResult result : results) {
                String company = result.company().isBlank() ? "-" : result.company();
                String line = String.format("%-6s %-20s %s", Messages.get(result.success() ? "engine.cli.ok" : "engine.cli.failed"), company, result.message());
                if (result.success()) {
                    out.println(line);
                } else {
                    err.println(line);
                    failed = true;
                }
            }
            out.flush();
            err.flush();
            return failed ? 1 : 0;
        }
    }
}
