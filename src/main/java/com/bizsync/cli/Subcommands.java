package com.bizsync.cli;

import picocli.CommandLine;

/** The list of subcommands; each capability adds its own command class here. */
final class Subcommands {
    private Subcommands() {
    }

    static void register(CommandLine cli) {
        cli.addSubcommand("console", new ConsoleCommand());
        cli.addSubcommand("platform", new PlatformCommand());
        cli.addSubcommand("extract", new ExtractCommand());
        cli.addSubcommand("demo-db", new DemoDbCommand());
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.addSubcommand("extract", new BenchExtractCommand());
        bench.addSubcommand("publish", new BenchPublishCommand());
        bench.addSubcommand("platform", new BenchPlatformCommand());
        cli.addSubcommand("bench", bench);
        cli.addSubcommand("publish", new PublishCommand());
        cli.addSubcommand("demo", new DemoCommand());
        cli.addSubcommand("scheduler", new SchedulerCommand());
        cli.addSubcommand("schedule", new ScheduleCommand());
    }
}
