package com.bizsync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench platform}: see {@link PlatformReadBenchmark}. Exit 1 when a target is missed. */
@Command(name = "platform")
final class BenchPlatformCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10")
    int seconds;

    @Override
    public Integer call() {
        if (seconds < 1 || seconds > 600) {
            throw new com.bizsync.i18n.UserError("engine.cli.benchSeconds");
        }
        return PlatformReadBenchmark.run(seconds, spec.commandLine().getOut()) ? 0 : 1;
    }
}
