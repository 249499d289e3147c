package com.bizsync.platform;

import java.time.Instant;

/**
 * The current snapshot of one company: the JSON document exactly as validated on receipt, and the
 * time by which the publisher expects to send the next one (null when it sent none).
 */
public record StoredPublication(String company, String companyName, String snapshotJson, Instant publishedAt,
                                Instant nextExpectedAt) {

    /** Late when the publisher's expected time for the next publication has passed. */
    public boolean lateAt(Instant now) {
        return nextExpectedAt != null && now.isAfter(nextExpectedAt);
    }
}
