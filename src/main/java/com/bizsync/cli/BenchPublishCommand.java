package com.bizsync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench publish}: see {@link PublishBenchmark}. Exit 1 when a target is missed. */
@Command(name = "publish")
final class BenchPublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--companies", defaultValue = "100")
    int companies;

    @Override
    public Integer call() {
        if (companies < 1 || companies > 10_000) {
            throw new com.bizsync.i18n.UserError("engine.cli.benchCount");
        }
        return PublishBenchmark.run(companies, spec.commandLine().getOut()) ? 0 : 1;
    }
}
