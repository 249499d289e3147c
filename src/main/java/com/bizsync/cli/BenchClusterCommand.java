package com.bizsync.cli;

import com.bizsync.i18n.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench platform-cluster --database …}: see {@link PlatformLoadBenchmark}. Exit 1 when a read saw a mix. */
@Command(name = "platform-cluster")
final class BenchClusterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--database", required = true, paramLabel = "URL")
    String database;

    @Option(names = "--customers", defaultValue = "1000")
    int customers;

    @Option(names = "--companies", defaultValue = "5")
    int companies;

    @Option(names = "--readers", defaultValue = "8")
    int readers;

    @Option(names = "--publishers", defaultValue = "4")
    int publishers;

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || customers > 10_000 || companies < 1 || companies > 50 || readers < 1 || readers > 200
                || publishers < 1 || publishers > 200) {
            throw new UserError("engine.cli.benchClusterCounts");
        }
        return PlatformLoadBenchmark.run(PlatformCommand.database(database).orElseThrow(), customers, companies,
                publishers, readers, spec.commandLine().getOut()) ? 0 : 1;
    }
}
