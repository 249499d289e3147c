package com.bizsync.engine;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets the console stop a running operation between two steps. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
