package com.bizsync.platform;

/** A storage operation failed for a technical reason (disk, lock timeout, corrupt file). */
public final class StorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageFailure(String what, Throwable cause) {
        super(what, cause);
    }
}
