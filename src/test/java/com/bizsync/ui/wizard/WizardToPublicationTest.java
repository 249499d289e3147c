package com.bizsync.ui.wizard;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.SettingsStore;
import com.bizsync.testing.MobileReader;
import com.bizsync.testing.PlatformWithDemoCompany;
import com.bizsync.ui.Shell;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.shots.Screenshots;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The whole first-run wizard against the real platform on 127.0.0.1 and a generated demo Sage
 * company: a wrong portal password reported inline, then every step to Finish and the offered
 * first publication, checked the way a phone sees it (mobile API sign-in and views).
 */
@ExtendWith(ApplicationExtension.class)
class WizardToPublicationTest {
    private static final String CUSTOMER = "ACME";
    private static final String PORTAL_PASSWORD = "portal-pass-1";

    @RegisterExtension
    static final PlatformWithDemoCompany fixture = new PlatformWithDemoCompany(CUSTOMER, PORTAL_PASSWORD);

    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Node root() {
        return app.stage().getScene().getRoot();
    }

    /** Clicks a control after focusing it, which scrolls the wizard page to it. */
    private static void click(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    /** Waits for the background work behind a Test / publish button (busy indicator hidden). */
    private static void waitUntilShown(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWholeWizardEndsWithAFirstPublicationVisibleOnThePhone(FxRobot robot) throws Exception {
        // 1. Portal: a wrong password is reported next to the Test button, in French.
        type(robot, "portal-url", fixture.platform().url());
        type(robot, "portal-customer", CUSTOMER);
        robot.clickOn("#portal-password").write("not-the-password");
        robot.clickOn("#portal-test");
        waitUntilShown(robot, "portal-test-result");
        Label refused = label(robot, "portal-test-result");
        assertTrue(refused.getStyleClass().contains("result-failure"), refused.getText());
        assertFalse(refused.getText().isBlank());
        assertFalse(refused.getText().contains("Exception"), refused.getText());
        assertFalse(refused.getText().contains("not-the-password"), "never shows the password back");
        Screenshots.save(root(), "wizard-1-portal-wrong-password");

        TextField password = robot.lookup("#portal-password").queryAs(TextField.class);
        robot.interact(password::clear);
        robot.clickOn(password).write(PORTAL_PASSWORD);
        robot.clickOn("#portal-test");
        waitUntilShown(robot, "portal-test-result");
        assertTrue(label(robot, "portal-test-result").getStyleClass().contains("result-success"),
                label(robot, "portal-test-result").getText());
        Screenshots.save(root(), "wizard-1-portal-ok");
        robot.clickOn("#wizard-next");

        // 2. Database login (the demo files are SQLite: the login is kept for SQL Server companies).
        type(robot, "database-host", "localhost");
        type(robot, "database-user", "sa");
        robot.clickOn("#database-password").write("sa-password");
        Screenshots.save(root(), "wizard-2-database");
        robot.clickOn("#wizard-next");

        // 3. Proxy: the system default.
        assertEquals("proxy", app.shell().wizard().currentStepId());
        robot.clickOn("#proxy-mode-manual");
        Screenshots.save(root(), "wizard-3-proxy-manual");
        robot.clickOn("#proxy-mode-system");
        robot.clickOn("#wizard-next");

        // 4. Schedule: every working day at 06:30, which the background runner will carry out.
        assertEquals("schedule", app.shell().wizard().currentStepId());
        javafx.scene.control.ComboBox<com.bizsync.settings.Schedule.Frequency> frequency =
                robot.lookup("#schedule-frequency").queryComboBox();
        robot.interact(() -> frequency.setValue(com.bizsync.settings.Schedule.Frequency.WORKING_DAYS));
        type(robot, "schedule-first", "06:30");
        Screenshots.save(root(), "wizard-4-schedule");
        robot.clickOn("#wizard-next");
        assertEquals(new com.bizsync.settings.Schedule(com.bizsync.settings.Schedule.Frequency.WORKING_DAYS,
                java.time.DayOfWeek.MONDAY, 1, java.time.LocalTime.of(6, 30), 1), app.store().schedule());

        // 5. Companies: the demo company, both databases in its one SQLite file.
        type(robot, "company-code", fixture.demo().code());
        type(robot, "company-name", fixture.demo().name());
        type(robot, "company-accounting", fixture.demo().file().toString());
        type(robot, "company-commercial", fixture.demo().file().toString());
        click(robot, "wizard-company-add");
        assertEquals(1, app.store().companies().size());
        Screenshots.save(root(), "wizard-4-companies");
        robot.clickOn("#wizard-next");

        // 6. Views: every view proposed; leave cash position out.
        assertEquals("views", app.shell().wizard().currentStepId());
        click(robot, "view-cash_position");
        Screenshots.save(root(), "wizard-5-views");
        robot.clickOn("#wizard-next");
        Set<ViewId> published = app.store().company(fixture.demo().code()).orElseThrow().views();
        assertFalse(published.contains(ViewId.CASH_POSITION));
        assertEquals(ViewId.values().length - 1, published.size());

        // 7. Users: one user granted the company's sales revenue and accounting revenue.
        assertEquals("users", app.shell().wizard().currentStepId());
        type(robot, "user-name", "Jeanne Martin");
        type(robot, "user-login", "jmartin");
        robot.clickOn("#user-password").write("mobile-pass-1");
        robot.clickOn("#user-tab-views");
        click(robot, "view-sales_revenue");
        click(robot, "view-accounting_revenue");
        click(robot, "wizard-user-add");
        assertEquals(Set.of(ViewId.SALES_REVENUE, ViewId.ACCOUNTING_REVENUE),
                app.store().user("jmartin").orElseThrow().grants().get(fixture.demo().code()));
        Screenshots.save(root(), "wizard-6-users");

        // Finish: the console opens and offers to publish now.
        robot.clickOn("#wizard-finish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        assertEquals(Shell.Screen.CONSOLE, app.shell().screen());
        assertTrue(app.store().completedWizardSteps().containsAll(FirstRunWizard.STEP_IDS));
        // Publishing now is what a user who just set everything up wants: Enter says yes.
        assertTrue(robot.lookup("#dialog-yes").queryButton().isDefaultButton(), "« Publier maintenant ? » defaults to yes");
        assertFalse(robot.lookup("#dialog-no").queryButton().isDefaultButton());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntilShown(robot, "console-status");
        Label status = label(robot, "console-status");
        assertTrue(status.getStyleClass().contains("result-success"), status.getText());
        assertEquals("Publication terminée : 2 éléments publiés (" + fixture.demo().code() + ").", status.getText(),
                "the status names what was published");
        Screenshots.save(root(), "console-after-first-publication");

        // What the phone sees: sign in with customer + company + login + password, read the views.
        MobileReader phone = new MobileReader(fixture.platform().url());
        String token = phone.token(CUSTOMER, fixture.demo().code(), "jmartin", "mobile-pass-1");
        MobileReader.Answer views = phone.views(token, fixture.demo().code());
        assertEquals(200, views.status());
        assertTrue(views.json().path("views").has("sales_revenue"));
        assertTrue(views.json().path("views").has("accounting_revenue"));
        assertFalse(views.json().path("views").has("top5_customers_month"), "only granted views are served");
        assertTrue(app.store().journal(SettingsStore.JournalFilter.ALL).stream()
                .anyMatch(e -> e.operation() == JournalEntry.Operation.PUBLISH && e.status() == JournalEntry.Status.SUCCESS));
    }
}
