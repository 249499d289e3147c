package com.bizsync.settings;

import java.time.Duration;
import java.time.Instant;

/** One row of the publication journal (FUNCTIONAL.md §6). {@code company} is blank for global operations. */
public record JournalEntry(long id, Instant time, Status status, String company, Operation operation,
                           String message, Duration duration) {
    public enum Status { SUCCESS, ERROR }

    public enum Operation {
        TEST_PORTAL, TEST_DATABASE, TEST_PROXY, PUBLISH, PUBLISH_USERS, DELETE_PUBLICATION, DELETE_COMPANY,
        DELETE_ALL, SCHEDULED_RUN, CATCH_UP_RUN, ALERT_MAIL, TEST_MAIL
    }
}
