package com.bizsync.cli;

import com.bizsync.testing.WithDemoWorld;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@code bizsync} command run in this JVM on the demo world's home folder, its standard
 * output and error captured as the user's terminal would show them.
 */
abstract class CommandLineTest extends WithDemoWorld {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureTerminal() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTerminal() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.clearProperty("bizsync.home");
    }

    /** {@code bizsync --home <the demo world's home> args…}: its exit code. */
    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = tmp.resolve("home").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all);
    }
}
