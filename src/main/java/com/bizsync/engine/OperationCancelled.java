package com.bizsync.engine;

/** Thrown between two steps when the user cancelled; the operation journals "Opération annulée". */
final class OperationCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OperationCancelled() {
        super("cancelled", null, false, false);
    }
}
