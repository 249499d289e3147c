package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Stands in for a scheduled run in another process ({@link ConcurrentUseTest}): writes to the same settings. */
public final class JournalWriterProcess {
    private JournalWriterProcess() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        String company = args[1];
        int writes = Integer.parseInt(args[2]);
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            for (int i = 0; i < writes; i++) {
                store.appendJournal(new JournalEntry(0, Instant.now(), JournalEntry.Status.SUCCESS, company,
                        JournalEntry.Operation.SCHEDULED_RUN, "run " + i, Duration.ofMillis(i)));
                store.saveCompany(new Company(company, "Other " + i, "MAE", "", Set.of(ViewId.CASH_POSITION)));
            }
        }
    }
}
