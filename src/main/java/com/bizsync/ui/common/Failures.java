package com.bizsync.ui.common;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into the one sentence a user reads; the technical detail goes to the log only. */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String sentence(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof UserError userError) {
            return userError.getMessage();
        }
        LOG.error("Unexpected failure in the console", cause);
        return Messages.get("common.unexpected", String.valueOf(cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName()));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
