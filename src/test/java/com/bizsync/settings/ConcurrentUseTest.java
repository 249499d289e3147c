package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console and a scheduled run use the same file at once: separate store instances
 * (separate SQLite connections, as two processes would have) writing concurrently must all
 * succeed, with no SQLITE_BUSY surfacing as an error.
 */
class ConcurrentUseTest {
    static final int WRITES_PER_INSTANCE = 150;

    @TempDir
    Path home;

    @Test
    void twoInstancesWriteConcurrentlyWithoutBusyFailures() throws Exception {
        SqliteSettingsStore.open(home).close();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (String writer : List.of("CONSOLE", "SCHEDULER")) {
                done.add(threads.submit(writeLoop(writer, start)));
            }
            for (Future<Integer> f : done) {
                assertEquals(WRITES_PER_INSTANCE, f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            List<JournalEntry> rows = store.journal(SettingsStore.JournalFilter.ALL);
            assertEquals(2 * WRITES_PER_INSTANCE, rows.size());
            assertEquals(WRITES_PER_INSTANCE, store.journal(
                    new SettingsStore.JournalFilter("CONSOLE", null, null, null, 10_000)).size());
            assertEquals(2, store.companies().size());
            assertEquals(Set.of("CONSOLE", "SCHEDULER"), Set.copyOf(store.completedWizardSteps()));
        }
    }

    private Callable<Integer> writeLoop(String writer, CyclicBarrier start) {
        return () -> {
            try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
                start.await();
                for (int i = 0; i < WRITES_PER_INSTANCE; i++) {
                    store.appendJournal(new JournalEntry(0, Instant.now(), JournalEntry.Status.SUCCESS, writer,
                            JournalEntry.Operation.PUBLISH, "run " + i, Duration.ofMillis(i)));
                    // A multi-statement transaction that reads before writing: the case a deferred
                    // transaction would fail with SQLITE_BUSY under contention.
                    store.saveCompany(new Company(writer, "Company " + i, "MAE" + i, "",
                            Set.of(ViewId.CASH_POSITION)));
                    store.markWizardStep(writer, true);
                    store.companies();
                }
                return WRITES_PER_INSTANCE;
            }
        };
    }

    @Test
    void twoInstancesOpeningANewFolderAtOnceShareOneKeyAndOneSchema() throws Exception {
        Path fresh = home.resolve("fresh");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            Callable<SqliteSettingsStore> opener = () -> {
                start.await();
                return SqliteSettingsStore.open(fresh);
            };
            Future<SqliteSettingsStore> a = threads.submit(opener);
            Future<SqliteSettingsStore> b = threads.submit(opener);
            try (SqliteSettingsStore first = a.get(1, TimeUnit.MINUTES);
                 SqliteSettingsStore second = b.get(1, TimeUnit.MINUTES)) {
                first.savePortal(new PortalSettings("https://x.fr", "ACME", "shared-key-proof"));
                assertEquals("shared-key-proof", second.portal().password(),
                        "both instances encrypt with the same key");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSecondProcessWritesWhileThisOneDoes() throws Exception {
        SqliteSettingsStore.open(home).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalWriterProcess.class.getName(),
                home.toString(), "OTHERPROC", String.valueOf(WRITES_PER_INSTANCE))
                .redirectErrorStream(true).start();
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            for (int i = 0; i < WRITES_PER_INSTANCE; i++) {
                store.appendJournal(new JournalEntry(0, Instant.now(), JournalEntry.Status.ERROR, "THISPROC",
                        JournalEntry.Operation.SCHEDULED_RUN, "run " + i, Duration.ZERO));
                store.saveCompany(new Company("THISPROC", "This " + i, "MAE", "", Set.of()));
            }
            assertTrue(other.waitFor(2, TimeUnit.MINUTES), "the other process finishes");
            String output = new String(other.getInputStream().readAllBytes());
            assertEquals(0, other.exitValue(), output);
            assertEquals(WRITES_PER_INSTANCE, store.journal(
                    new SettingsStore.JournalFilter("OTHERPROC", null, null, null, 10_000)).size());
            assertEquals(WRITES_PER_INSTANCE, store.journal(
                    new SettingsStore.JournalFilter("THISPROC", null, null, null, 10_000)).size());
            assertEquals(2, store.companies().size());
        } finally {
            other.destroyForcibly();
        }
    }
}
