package com.bizsync.testing;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does and reads on a form in TestFX tests, by the controls' ids. */
public final class FxInput {
    private FxInput() {
    }

    /** Replaces the text of a field by typing, as a user would. */
    public static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    /** A label once pending FX events are processed, so it shows the latest result. */
    public static Label label(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(Label.class);
    }
}
