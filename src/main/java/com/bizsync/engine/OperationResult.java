package com.bizsync.engine;

import com.bizsync.settings.JournalEntry;
import java.time.Duration;

/** The outcome of one operation on one company; {@code message} is the sentence the user reads. */
public record OperationResult(boolean success, String company, JournalEntry.Operation operation,
                              String message, Duration duration) {
}
