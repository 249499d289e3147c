package com.bizsync.cli;

import com.bizsync.demo.DemoCompany;
import com.bizsync.demo.DemoDatabaseGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bizsync demo-db}: writes the demo Sage companies as SQLite files. */
@Command(name = "demo-db", mixinStandardHelpOptions = true)
final class DemoDbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER")
    Path out;

    @Option(names = "--lines", paramLabel = "N")
    int lines = DemoDatabaseGenerator.DEFAULT_DOCUMENT_LINES;

    @Option(names = "--ledger-lines", paramLabel = "M")
    int ledgerLines = DemoDatabaseGenerator.DEFAULT_LEDGER_LINES;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        for (DemoCompany company : DemoDatabaseGenerator.writeDemoCompanies(out, Math.max(1, lines), Math.max(1, ledgerLines))) {
            printer.println(company.code() + "\t" + company.name() + "\t" + company.file().toAbsolutePath());
        }
        printer.flush();
        return 0;
    }
}
