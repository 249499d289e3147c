package com.bizsync.engine;

import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.SettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one operation on one company and writes its journal row, whatever happens: a user-level
 * failure becomes its sentence, a cancellation "Opération annulée", anything unexpected is logged
 * with its stack trace and shown as the generic sentence. Nothing escapes to the caller.
 */
final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private final SettingsStore store;
    private final Clock clock;

    Journal(SettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Told how an operation ended, once its row is written; {@code cancelled} operations did not
     * really run (cancelled, or the company was being published by another process).
     */
    interface Ending {
        void ended(OperationResult result, boolean cancelled);
    }

    OperationResult run(String company, JournalEntry.Operation operation, Supplier<Sentence> work) {
        return run(company, operation, work, null);
    }

    OperationResult run(String company, JournalEntry.Operation operation, Supplier<Sentence> work, Ending ending) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        boolean success;
        boolean cancelled = false;
        Sentence message;
        try {
            message = work.get();
            success = true;
        } catch (UserError e) {
            LOG.info("{} {} failed: {}", operation, company, e.key(), e.getCause());
            message = e.sentence();
            success = false;
            // Another process was publishing this company: that run's own ending is what counts.
            cancelled = "engine.alreadyRunning".equals(e.key());
        } catch (OperationCancelled e) {
            message = Sentence.of("common.cancelled");
            success = false;
            cancelled = true;
        } catch (RuntimeException e) {
            LOG.error("{} {} failed unexpectedly", operation, company, e);
            // One line: the journal shows one row per operation.
            message = Sentence.of("common.unexpected", String.valueOf(e).replace('\n', ' '));
            success = false;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        OperationResult result = record(start, success, company, operation, message, duration);
        if (ending != null) {
            ending.ended(result, cancelled);
        }
        return result;
    }

    private OperationResult record(Instant time, boolean success, String company, JournalEntry.Operation operation,
                                   Sentence message, Duration duration) {
        try {
            store.appendJournal(new JournalEntry(0, time, success ? JournalEntry.Status.SUCCESS : JournalEntry.Status.ERROR,
                    company == null ? "" : company, operation, message, duration));
        } catch (RuntimeException e) {
            // The result still reaches the user; only the journal row is missing.
            LOG.error("Could not write the journal row for {} {}", operation, company, e);
        }
        return new OperationResult(success, company == null ? "" : company, operation, message, duration);
    }
}
