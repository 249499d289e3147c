package com.bizsync.views;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Every test of {@link ViewRulesTest}, the company read over jTDS from the test TDS endpoint (H2 behind it). */
class ViewRulesOverTdsTest extends ViewRulesTest {
    @BeforeEach
    void overTds() {
        MiniSage.readOverTds(true);
    }

    @AfterEach
    void fromTheFileAgain() {
        MiniSage.readOverTds(false);
    }
}
