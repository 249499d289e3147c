package com.bizsync.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bizsync} command as a real child process (this build's classes, in French), for the
 * tests where another process of the installation runs at the same time as this one.
 */
public final class AppProcess implements AutoCloseable {
    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader;

    private AppProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> copy(process.getInputStream()), "app-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static AppProcess start(Path home, String... args) {
        return start(home, java.util.Map.of(), args);
    }

    /** With more environment variables (a password the command reads from one, say). */
    public static AppProcess start(Path home, java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=fr", "-Duser.country=FR", "-cp", System.getProperty("java.class.path"),
                "com.bizsync.cli.Main", "--home", home.toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            return new AppProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to its end (at most {@code seconds}) and returns its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the process did not end within " + seconds + " s; output: " + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** Asks it to stop as a service manager does (SIGTERM), and waits for it. */
    public int stop(long seconds) throws InterruptedException {
        process.destroy();
        return waitFor(seconds);
    }

    /** Kills it at once (SIGKILL), as a crash or an out-of-memory killer would: no shutdown hook runs. */
    public void kill(long seconds) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the process did not die within " + seconds + " s");
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (output) {
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
