package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.JournalEntry.Status;
import com.bizsync.settings.SettingsStore.JournalFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication log: newest first, filtered by company, status and date range, as the console shows it. */
class JournalTest {
    static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    @TempDir
    Path home;

    static JournalEntry entry(String time, Status status, String company, Operation operation, String message) {
        return new JournalEntry(0, Instant.parse(time), status, company, operation, message, Duration.ofMillis(1234));
    }

    static List<String> messages(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::message).toList();
    }

    @Test
    void filtersAndOrdersNewestFirst() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            // Appended out of time order: the order shown must come from the times.
            store.appendJournal(entry("2026-11-21T10:00:00Z", Status.SUCCESS, "BIJOU", Operation.PUBLISH, "b-21"));
            store.appendJournal(entry("2026-11-19T23:59:59.999Z", Status.ERROR, "BIJOU", Operation.PUBLISH, "b-19"));
            store.appendJournal(entry("2026-11-22T08:00:00Z", Status.ERROR, "GARAGE", Operation.DELETE_PUBLICATION, "g-22"));
            store.appendJournal(entry("2026-11-20T00:00:00Z", Status.SUCCESS, "GARAGE", Operation.SCHEDULED_RUN, "g-20"));
            store.appendJournal(entry("2026-11-21T10:00:00Z", Status.ERROR, "", Operation.TEST_PORTAL, "portal-21"));

            assertEquals(List.of("g-22", "portal-21", "b-21", "g-20", "b-19"),
                    messages(store.journal(JournalFilter.ALL)), "newest first; same time: last written first");
            assertEquals(List.of("b-21", "b-19"),
                    messages(store.journal(new JournalFilter("BIJOU", null, null, null, 100))));
            assertEquals(List.of("g-22", "portal-21", "b-19"),
                    messages(store.journal(new JournalFilter(null, Status.ERROR, null, null, 100))));
            assertEquals(List.of("portal-21"),
                    messages(store.journal(new JournalFilter("", null, null, null, 100))), "global operations");
            assertEquals(List.of("b-21", "g-20"), messages(store.journal(new JournalFilter(null, Status.SUCCESS,
                    DAY, DAY.plus(Duration.ofDays(2)), 100))), "from inclusive, to exclusive");
            assertEquals(List.of("portal-21", "b-21", "g-20"), messages(store.journal(
                    new JournalFilter(null, null, DAY, Instant.parse("2026-11-22T00:00:00Z"), 100))));
            assertEquals(List.of("g-22", "portal-21"), messages(store.journal(new JournalFilter(null, null, null, null, 2))),
                    "the limit keeps the newest");
            assertEquals(List.of("b-19"), messages(store.journal(
                    new JournalFilter("BIJOU", Status.ERROR, null, DAY, 100))), "all filters together");
            assertTrue(store.journal(new JournalFilter("NOPE", null, null, null, 100)).isEmpty());
        }
    }

    @Test
    void appendedRowsComeBackExactlyAsReturned() {
        JournalEntry stored;
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            stored = store.appendJournal(new JournalEntry(0, Instant.parse("2026-11-22T10:15:30.123456789Z"),
                    Status.ERROR, "BIJOU", Operation.PUBLISH,
                    "Le serveur SAGESRV ne répond pas : vérifiez qu’il est démarré.", Duration.ofMillis(2500)));
            assertTrue(stored.id() > 0);
            assertEquals(Instant.parse("2026-11-22T10:15:30.123Z"), stored.time(), "kept to the millisecond");
            JournalEntry defaults = store.appendJournal(new JournalEntry(0, null, Status.SUCCESS, null,
                    Operation.DELETE_ALL, (String) null, null));
            assertEquals("", defaults.company());
            assertEquals("", defaults.message());
            assertEquals(Duration.ZERO, defaults.duration());
            assertTrue(defaults.id() > stored.id());
            assertThrows(IllegalArgumentException.class, () -> store.appendJournal(
                    new JournalEntry(0, null, null, "", Operation.PUBLISH, "", null)));
        }
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(stored, store.journal(new JournalFilter("BIJOU", null, null, null, 10)).get(0));
        }
    }
}
