package com.bizsync.settings;

import com.bizsync.i18n.Sentence;
import java.time.Duration;
import java.time.Instant;

/**
 * One row of the publication journal (FUNCTIONAL.md §6). {@code company} is blank for global
 * operations. The message is kept as a {@link Sentence} (key and arguments), so the row reads in
 * the language of whoever looks at it, not the one it was written in.
 */
public record JournalEntry(long id, Instant time, Status status, String company, Operation operation,
                           Sentence sentence, Duration duration) {
    public enum Status { SUCCESS, ERROR }

    public enum Operation {
        TEST_PORTAL, TEST_DATABASE, TEST_PROXY, PUBLISH, PUBLISH_USERS, DELETE_PUBLICATION, DELETE_COMPANY,
        DELETE_ALL, SCHEDULED_RUN, CATCH_UP_RUN, ALERT_MAIL, TEST_MAIL
    }

    public JournalEntry {
        sentence = sentence == null ? Sentence.literal("") : sentence;
    }

    /** A row whose message is a text kept as written. */
    public JournalEntry(long id, Instant time, Status status, String company, Operation operation, String message,
                        Duration duration) {
        this(id, time, status, company, operation, Sentence.literal(message), duration);
    }

    /** The message in the current language. */
    public String message() {
        return sentence.text();
    }
}
