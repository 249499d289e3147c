package com.bizsync.settings;

import com.bizsync.i18n.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A named lock shared by every process of one installation (the console, the command line, the
 * scheduler): a lock on a file beside the settings. The operating system releases it when a
 * process dies, so a crash never leaves it taken. Threads of one process are ordered first,
 * since a JVM may not hold two locks on the same file.
 */
public final class InstallationLock implements AutoCloseable {
    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 25;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private InstallationLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits at most {@code wait} for the lock {@code name} of the installation whose settings are
     * in {@code home}.
     *
     * @throws UserError "another operation of BizSync is in progress" after the wait
     */
    static InstallationLock acquire(Path home, String name, Duration wait) {
        Path file = home.resolve("locks").resolve(name + ".lock").toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new UserError("settings.lock.busy", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(e, "settings.lock.busy", name);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new InstallationLock(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new UserError("settings.lock.busy", name);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            local.unlock();
            throw new UserError(e, "settings.lock.failed", file);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new UserError(e, "settings.lock.busy", name);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing releases the lock if any; nothing more to do.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel is closed below, which releases the lock all the same.
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }
}
