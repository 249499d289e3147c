package com.bizsync.platform;

/**
 * The changes other instances make to a shared store, for whatever an instance keeps in memory.
 * The embedded store has no other writer: {@link #NONE}, always live, never a change.
 */
public interface StoreChanges extends AutoCloseable {
    StoreChanges NONE = new StoreChanges() {
        @Override
        public boolean live() {
            return true;
        }

        @Override
        public void subscribe(Listener listener) {
            // Nothing else writes to the embedded store.
        }

        @Override
        public void close() {
        }
    };

    /** Receives the changes, on the feed's own thread. */
    interface Listener {
        void changed(StoreChange change);

        /** Changes may have been missed (the feed was cut): forget everything. */
        void everythingMayHaveChanged();
    }

    /**
     * Whether changes are heard right now. While false, what is kept in memory may be stale and
     * must not be served.
     */
    boolean live();

    void subscribe(Listener listener);

    @Override
    void close();
}
