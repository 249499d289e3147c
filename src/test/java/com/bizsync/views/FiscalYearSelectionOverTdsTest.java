package com.bizsync.views;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link FiscalYearSelectionTest}, the company read over jTDS from the test TDS endpoint (H2 behind it). */
@ExtendWith(ReadOverTds.class)
class FiscalYearSelectionOverTdsTest extends FiscalYearSelectionTest {
}
