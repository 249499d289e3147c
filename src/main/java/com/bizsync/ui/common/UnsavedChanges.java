package com.bizsync.ui.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Whether a form holds changes not yet saved: its value now, compared with its value when it was
 * last loaded or saved. Every settings page and editor dialog keeps one, so leaving never drops
 * changes silently. Computed when asked (on leaving), never while the user types.
 */
public final class UnsavedChanges {
    private final Supplier<?> value;
    private Object saved;

    /** @param value what saving would store (records with value equality), read on the FX thread */
    public UnsavedChanges(Supplier<?> value) {
        this.value = value;
    }

    /** The form now matches the store (after loading it, or saving it). */
    public void markSaved() {
        saved = value.get();
    }

    public boolean dirty() {
        return !Objects.equals(saved, value.get());
    }
}
