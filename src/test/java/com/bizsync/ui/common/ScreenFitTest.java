package com.bizsync.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Windows open no larger than the screen they open on. */
class ScreenFitTest {

    @Test
    void aSmallLaptopScreenGetsAWindowThatFitsIt() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1024, 720);
        assertEquals(new Dimension2D(1024, 680), ScreenFit.scene(1180, 760, laptop), "the console");
        assertEquals(new Dimension2D(940, 680), ScreenFit.scene(940, 720, laptop), "the preview");
        assertEquals(new Dimension2D(860, 560), ScreenFit.scene(860, 560, laptop), "the publication wizard fits as it is");
    }

    @Test
    void aLargeScreenGetsTheUsualSize() {
        assertEquals(new Dimension2D(1180, 760), ScreenFit.scene(1180, 760, new Rectangle2D(0, 0, 1920, 1040)));
    }
}
