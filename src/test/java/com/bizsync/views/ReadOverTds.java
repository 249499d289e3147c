package com.bizsync.views;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a MiniSage test class with the company read over jTDS from the test TDS endpoint (its rows
 * copied into H2 behind it) instead of from the SQLite file: {@code @ExtendWith(ReadOverTds.class)}
 * on a subclass of the test.
 */
final class ReadOverTds implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        MiniSage.readOverTds(true);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MiniSage.readOverTds(false);
    }
}
