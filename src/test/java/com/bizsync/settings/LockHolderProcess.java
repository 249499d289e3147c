package com.bizsync.settings;

import java.nio.file.Path;
import java.time.Duration;

/** Another process of the installation: takes a lock, says so, keeps it until its input closes. */
public final class LockHolderProcess {
    private LockHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (InstallationLock lock = InstallationLock.acquire(Path.of(args[0]), args[1], Duration.ofSeconds(30))) {
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() != -1) {
                // Holds the lock until the test closes our input.
            }
        }
    }
}
