package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The installation lock is exclusive between processes and threads, and freed when its holder ends. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InstallationLockTest {
    @TempDir
    Path home;

    @Test
    void anotherProcessHoldingTheLockMakesThisOneWaitThenGetIt() throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolderProcess.class.getName(),
                home.toString(), "users").start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("LOCKED", out.readLine());

            UserError busy = assertThrows(UserError.class, () -> InstallationLock.acquire(home, "users", Duration.ofMillis(300)));
            assertEquals("Une autre opération de BizSync (users) est en cours depuis trop longtemps : réessayez quand "
                    + "elle sera terminée.", busy.getMessage());
            try (InstallationLock other = InstallationLock.acquire(home, "company-BIJOU", Duration.ofMillis(300))) {
                assertTrue(other != null, "another name is another lock");
            }

            holder.getOutputStream().close();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
            try (InstallationLock mine = InstallationLock.acquire(home, "users", Duration.ofSeconds(5))) {
                assertTrue(mine != null);
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void twoThreadsOfOneProcessTakeItInTurn() throws Exception {
        InstallationLock first = InstallationLock.acquire(home, "users", Duration.ofSeconds(1));
        Throwable refused = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (InstallationLock second = InstallationLock.acquire(home, "users", Duration.ofMillis(200))) {
                return (Throwable) null;
            } catch (UserError e) {
                return e;
            }
        }).get(10, TimeUnit.SECONDS);
        assertTrue(refused instanceof UserError, "a second thread waits, then gives up");
        first.close();
        try (InstallationLock again = InstallationLock.acquire(home, "users", Duration.ofSeconds(1))) {
            assertTrue(again != null);
        }
    }
}
