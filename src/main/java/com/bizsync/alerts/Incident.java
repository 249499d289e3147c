package com.bizsync.alerts;

import com.bizsync.settings.AlertState;
import java.time.Instant;

/**
 * An open incident as the console shows it: which company (or family), why, since when, how many
 * failed runs in a row, the last error sentence and the last successful publication (null if none
 * is known).
 */
public record Incident(String code, String name, AlertState.Cause cause, Instant since, int failures,
                       String lastError, Instant lastSuccess) {
}
