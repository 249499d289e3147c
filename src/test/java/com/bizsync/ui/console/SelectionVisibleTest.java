package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Company;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.ui.UiHarness;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selected row stands out from the others, while the list has the keyboard focus and after
 * the user clicked elsewhere (on an action, in the folder tree): its background differs from the
 * rows around it by a contrast ratio of at least {@value #CLEAR_CONTRAST} (the difference between
 * a selected and a plain row in a desktop file manager).
 */
@ExtendWith(ApplicationExtension.class)
class SelectionVisibleTest {
    private static final double CLEAR_CONTRAST = 1.25;

    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        app = new UiHarness(home, store -> null);
        app.start(stage, store -> {
            store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", "portal-pass-2"));
            for (String code : new String[] {"BIJOU", "CAVES", "ORFEV", "VINS"}) {
                store.saveCompany(new Company(code, "Société " + code, code + "_MAE", code + "_GCM",
                        Set.of(ViewId.SALES_REVENUE)));
            }
            store.saveUser(new MobileUser("pdurand", "Paul Durand", "", Map.of("BIJOU", Set.of(ViewId.SALES_REVENUE))),
                    "mobile-pass-2");
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theSelectedCompanyStandsOutWithOrWithoutTheFocus(FxRobot robot) {
        robot.interact(() -> app.shell().console().select(ConsoleFolder.COMPANIES));
        TableView<Company> table = robot.lookup("#companies-table").queryTableView();
        robot.clickOn(row(robot, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedIndex());
        assertTrue(table.isFocused());
        assertStandsOut(robot, table, "with the focus");

        // The user moves on to the actions: the company they are about to act on must stay visible.
        robot.clickOn("#folder-companies");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.isFocused());
        assertEquals(2, table.getSelectionModel().getSelectedIndex());
        assertStandsOut(robot, table, "without the focus");
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#companies-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    private static void assertStandsOut(FxRobot robot, TableView<?> table, String when) {
        Image picture = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> table.snapshot(null, null)));
        Color selected = background(picture, table, row(robot, 2));
        for (int other : new int[] {1, 3}) {
            Color plain = background(picture, table, row(robot, other));
            double contrast = contrast(selected, plain);
            assertTrue(contrast >= CLEAR_CONTRAST, "selected row " + selected + " against row " + other + " " + plain
                    + " " + when + ": contrast " + contrast);
        }
    }

    /** The row's own background, a few pixels in from its top left corner, where no text is drawn. */
    private static Color background(Image picture, TableView<?> table, Node row) {
        Bounds bounds = table.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        return picture.getPixelReader().getColor((int) bounds.getMinX() + 3, (int) bounds.getMinY() + 4);
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
