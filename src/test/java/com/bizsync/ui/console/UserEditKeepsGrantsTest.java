package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Family;
import com.bizsync.settings.MobileUser;
import com.bizsync.testing.MobileReader;
import com.bizsync.testing.PlatformWithDemoCompany;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.forms.GrantTarget;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an existing mobile user shows the views the settings grant on each company and family,
 * and saving without a change keeps them, here and on the platform: the user can still sign in.
 * A user with no view on any company cannot be saved.
 */
@ExtendWith(ApplicationExtension.class)
class UserEditKeepsGrantsTest {
    private static final String CUSTOMER = "ACME";
    private static final String PORTAL_PASSWORD = "portal-pass-7";
    private static final String FAMILY = "GROUPE";

    @RegisterExtension
    static final PlatformWithDemoCompany fixture = new PlatformWithDemoCompany(CUSTOMER, PORTAL_PASSWORD);

    @TempDir
    Path home;
    private UiHarness app;
    private String company;

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        company = fixture.demo().code();
        app.start(stage, store -> {
            fixture.connect(store);
            store.saveFamily(new Family(FAMILY, "Groupe Lumière", List.of(company), EnumSet.allOf(ViewId.class)));
            store.saveUser(new MobileUser("pdurand", "Paul Durand", "", Map.of(
                    company, Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION),
                    FAMILY, Set.of(ViewId.ORDER_BOOK_MONTH))), "mobile-pass-7");
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void openingThenSavingAnUnchangedUserKeepsItsGrantsAndItsSignIn(FxRobot robot) throws Exception {
        app.shell().console().model().publishAll().get(60, TimeUnit.SECONDS);
        MobileReader phone = new MobileReader(fixture.platform().url());
        assertEquals(200, phone.signIn(CUSTOMER, company, "pdurand", "mobile-pass-7").status(), "signs in before");

        openUser(robot, "pdurand");
        robot.clickOn("#user-tab-views");
        assertTicked(robot, Set.of("sales_revenue", "cash_position"));
        chooseTarget(robot, FAMILY);
        assertTicked(robot, Set.of("order_book_month"));
        chooseTarget(robot, company);
        assertTicked(robot, Set.of("sales_revenue", "cash_position"));

        robot.clickOn("#user-dialog-save");
        waitForEngine(robot);

        assertEquals(Map.of(company, Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION), FAMILY, Set.of(ViewId.ORDER_BOOK_MONTH)),
                app.store().user("pdurand").orElseThrow().grants(), "the saved grants are those opened");
        assertEquals(200, phone.signIn(CUSTOMER, company, "pdurand", "mobile-pass-7").status(), "still signs in");
        assertEquals(200, phone.signIn(CUSTOMER, FAMILY, "pdurand", "mobile-pass-7").status(),
                "still signs in on the family");
    }

    @Test
    void aUserWithoutAnyViewOnAnyCompanyCannotBeSaved(FxRobot robot) throws Exception {
        openUser(robot, "pdurand");
        robot.clickOn("#user-tab-views");
        robot.clickOn("#view-sales_revenue");
        robot.clickOn("#view-cash_position");
        chooseTarget(robot, FAMILY);
        robot.clickOn("#view-order_book_month");
        chooseTarget(robot, company);
        robot.clickOn("#user-dialog-save");
        assertTrue(robot.lookup("#user-dialog").tryQuery().isPresent(), "nothing granted anywhere: the dialog stays open");
        assertEquals("Cochez au moins une vue d’une société ou d’une famille : sans vue, l’utilisateur ne pourrait "
                + "se connecter nulle part.", robot.lookup("#user-grants-error").queryLabeled().getText());
        assertEquals(Map.of(company, Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION), FAMILY, Set.of(ViewId.ORDER_BOOK_MONTH)),
                app.store().user("pdurand").orElseThrow().grants(), "nothing was saved");

        robot.clickOn("#view-cash_position");
        robot.clickOn("#user-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#user-dialog").tryQuery().isPresent(), "one view on one company is enough");
        assertEquals(Map.of(company, Set.of(ViewId.CASH_POSITION)), app.store().user("pdurand").orElseThrow().grants());
        waitForEngine(robot);
    }

    private void openUser(FxRobot robot, String login) {
        robot.clickOn("#folder-users");
        TableView<MobileUser> users = robot.lookup("#users-table").queryTableView();
        int row = users.getItems().indexOf(app.store().user(login).orElseThrow());
        robot.interact(() -> users.getSelectionModel().select(row));
        robot.clickOn("#action-user-open");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseTarget(FxRobot robot, String code) {
        ComboBox<GrantTarget> targets = robot.lookup("#user-grant-company").queryComboBox();
        GrantTarget target = targets.getItems().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        robot.interact(() -> targets.setValue(target));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertTicked(FxRobot robot, Set<String> expected) {
        Set<String> ticked = new java.util.TreeSet<>();
        robot.lookup((Node n) -> n instanceof CheckBox && n.getId() != null && n.getId().startsWith("view-")
                && ((CheckBox) n).isSelected()).queryAll().forEach(n -> ticked.add(n.getId().substring("view-".length())));
        assertEquals(new java.util.TreeSet<>(expected), ticked);
    }

    private void waitForEngine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.shell().console().model().busy().isRunning()
                && robot.lookup("#console-status").tryQuery().map(Node::isVisible).orElse(false));
    }
}
