package com.bizsync.views;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link ExtractionOptionsTest}, the company read over jTDS from the test TDS endpoint (H2 behind it). */
@ExtendWith(ReadOverTds.class)
class ExtractionOptionsOverTdsTest extends ExtractionOptionsTest {
}
