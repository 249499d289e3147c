package com.bizsync.platform;

import java.time.Instant;

/** The current snapshot of one company: the JSON document exactly as validated on receipt. */
public record StoredPublication(String company, String companyName, String snapshotJson, Instant publishedAt) {
}
