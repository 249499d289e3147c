package com.bizsync.engine;

/** Receives progress of a running operation, from the thread that runs it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (company, fraction, step) -> { };

    /**
     * @param company  the company being processed (blank for global operations)
     * @param fraction 0..1 for this company
     * @param step     what is being done, in the user's language
     */
    void progress(String company, double fraction, String step);
}
