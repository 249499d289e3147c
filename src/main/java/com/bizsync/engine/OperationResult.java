package com.bizsync.engine;

import com.bizsync.i18n.Sentence;
import com.bizsync.settings.JournalEntry;
import java.time.Duration;

/**
 * The outcome of one operation on one company. The sentence the user reads is kept as key and
 * arguments: {@link #message()} reads it in the current language, so a result shown after a
 * language switch follows it.
 */
public record OperationResult(boolean success, String company, JournalEntry.Operation operation,
                              Sentence sentence, Duration duration) {

    /** A result whose sentence is a text kept as written. */
    public OperationResult(boolean success, String company, JournalEntry.Operation operation, String message,
                           Duration duration) {
        this(success, company, operation, Sentence.literal(message), duration);
    }

    /** The sentence in the current language, on one line. */
    public String message() {
        return sentence.text().replace('\n', ' ');
    }
}
