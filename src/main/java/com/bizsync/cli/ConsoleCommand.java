package com.bizsync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Opens the desktop console (the default when {@code bizsync} runs without arguments). */
@Command(name = "console", description = "Opens the desktop console.")
final class ConsoleCommand implements Callable<Integer> {

    static int openConsole(String[] args) {
        com.bizsync.ui.ConsoleLauncher.launch(args);
        return 0;
    }

    @Override
    public Integer call() {
        return openConsole(new String[0]);
    }
}
