package com.bizsync.engine;

import com.bizsync.i18n.Messages;

/**
 * The progress of one operation on one company: each step is reported to the listener after
 * checking that the user has not cancelled, so an operation stops between two steps, never in
 * the middle of one (a publication is sent whole or not at all).
 */
final class Steps {
    enum Step {
        CONNECTING(0.05), EXTRACTING(0.3), SENDING(0.7), USERS(0.9), DELETING(0.5), DONE(1.0);

        final double fraction;

        Step(double fraction) {
            this.fraction = fraction;
        }

        String label() {
            return Messages.get("engine.step." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final String company;
    private final ProgressListener listener;
    private final Cancellation cancellation;

    Steps(String company, ProgressListener listener, Cancellation cancellation) {
        this.company = company;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.cancellation = cancellation == null ? Cancellation.none() : cancellation;
    }

    /** Stops here if the user cancelled, else announces the step. */
    void enter(Step step) {
        checkNotCancelled();
        listener.progress(company, step.fraction, step.label());
    }

    void checkNotCancelled() {
        if (cancellation.isCancelled()) {
            throw new OperationCancelled();
        }
    }

    void done() {
        listener.progress(company, Step.DONE.fraction, Step.DONE.label());
    }

}
