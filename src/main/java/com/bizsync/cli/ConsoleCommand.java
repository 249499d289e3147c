package com.bizsync.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the desktop console (the default when {@code bizsync} runs without arguments). */
@Command(name = "console")
final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--exit-after-shown")
    boolean exitAfterShown;

    static int openConsole(String[] args) {
        com.bizsync.ui.ConsoleLauncher.launch(args);
        return 0;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (exitAfterShown) {
            args.add("--exit-after-shown");
        }
        return openConsole(args.toArray(String[]::new));
    }
}
