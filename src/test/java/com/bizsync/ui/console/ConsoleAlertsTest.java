package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.engine.Cancellation;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.ProgressListener;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.Company;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SqliteSettingsStore;
import com.bizsync.testing.PlatformWithDemoCompany;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.shots.Screenshots;
import com.bizsync.views.ViewId;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * The console's side of the alerts: the Alertes page (fields checked as typed, Tester sends a
 * real mail to a real SMTP server, then saved), and a company in incident shown in a banner at
 * start and marked in the list until a publication succeeds.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAlertsTest {
    private static final String CUSTOMER = "ACME";
    private static final String PORTAL_PASSWORD = "portal-pass-8";
    /** A port nothing listens on: publications fail as with a stopped platform. */
    private static final String UNREACHABLE = "http://127.0.0.1:1";

    @RegisterExtension
    static final PlatformWithDemoCompany fixture = new PlatformWithDemoCompany(CUSTOMER, PORTAL_PASSWORD);

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> {
            fixture.connect(store);
            store.saveUser(new MobileUser("pdurand", "Paul Durand", "",
                    Map.of(fixture.demo().code(), Set.of(ViewId.SALES_REVENUE))), "mobile-pass-8");
        });
    }

    /** As the background runner would, while the console is closed: two runs, platform unreachable. */
    private static void failTwice(SqliteSettingsStore store) {
        PortalSettings portal = store.portal();
        store.savePortal(new PortalSettings(UNREACHABLE, CUSTOMER, PORTAL_PASSWORD));
        Clock noon = Clock.fixed(DemoDatabaseGenerator.REFERENCE_DAY.atTime(12, 0).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault());
        DefaultEngine runner = new DefaultEngine(store, noon);
        for (int run = 0; run < 2; run++) {
            runner.publishAll(ProgressListener.NONE, Cancellation.none());
        }
        store.savePortal(portal);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Node root() {
        return app.stage().getScene().getRoot();
    }

    @Test
    void theAlertsPageChecksTheFieldsSendsATestMailAndSaves(FxRobot robot) throws Exception {
        robot.clickOn("#folder-settings");
        robot.clickOn("#folder-alerts");
        assertEquals("2", robot.lookup("#alerts-threshold").queryTextInputControl().getText(), "two failed runs by default");

        type(robot, "alerts-host", "127.0.0.1");
        assertEquals("Saisissez au moins une adresse à prévenir, ou effacez le serveur SMTP pour ne pas envoyer de"
                + " courriel.", label(robot, "alerts-recipients-error").getText(),
                "said under the recipients as soon as a server is typed");
        TextArea recipients = robot.lookup("#alerts-recipients").queryAs(TextArea.class);
        robot.clickOn(recipients).write("direction@acme.test, jean@");
        assertEquals("« jean@ » n’est pas une adresse électronique valide : séparez les adresses par des virgules ou des"
                + " retours à la ligne.", label(robot, "alerts-recipients-error").getText());
        robot.interact(recipients::clear);
        robot.clickOn(recipients).write("direction@acme.test\ninformatique@acme.test");
        assertFalse(label(robot, "alerts-recipients-error").isVisible());
        type(robot, "alerts-sender", "bizsync@acme.test");
        robot.clickOn("#alerts-security-none");
        assertEquals("25", robot.lookup("#alerts-port").queryTextInputControl().getText(), "the usual port follows");
        type(robot, "alerts-port", String.valueOf(smtp.getSmtp().getPort()));
        Screenshots.save(root(), "console-alerts");

        robot.clickOn("#alerts-test");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#alerts-test-result").tryQuery()
                .map(Node::isVisible).orElse(false) && !robot.lookup("#alerts-test").query().isDisabled());
        Label result = label(robot, "alerts-test-result");
        assertTrue(result.getStyleClass().contains("result-success"), result.getText());
        assertEquals("Message d’essai envoyé à direction@acme.test, informatique@acme.test : vérifiez qu’il est bien"
                + " arrivé.", result.getText());
        assertEquals(1, java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count(), "one test mail, to both addresses");
        assertEquals("BizSync – message d’essai des alertes", smtp.getReceivedMessages()[0].getSubject());

        robot.clickOn("#settings-save");
        assertEquals(new AlertSettings("127.0.0.1", smtp.getSmtp().getPort(), AlertSettings.Security.NONE, "", "",
                "bizsync@acme.test", List.of("direction@acme.test", "informatique@acme.test"), 2),
                app.store().alertSettings());
    }

    @Test
    void aCompanyInIncidentShowsTheBannerAtStartAndItsRowIsMarkedUntilItRecovers(FxRobot robot) throws Exception {
        String code = fixture.demo().code();
        assertFalse(robot.lookup("#alert-banner").query().isVisible(), "no incident, no banner");
        failTwice(app.store());
        app.restart(robot);
        assertTrue(robot.lookup("#alert-banner").query().isVisible(), "the banner is there at start");
        assertEquals(code + " (" + fixture.demo().name() + ") : 2 publications échouées de suite depuis le dimanche 22"
                + " novembre 2026 à 12:00. Dernière erreur : La plateforme 127.0.0.1:1 est injoignable : vérifiez"
                + " l'adresse et le port dans les identifiants portail, la connexion Internet et le pare-feu.",
                label(robot, "alert-banner-" + code).getText());

        robot.clickOn("#folder-companies");
        TableView<Company> table = robot.lookup("#companies-table").queryTableView();
        TableRow<?> row = robot.lookup("#companies-table .table-row-cell").nth(0).queryAs(TableRow.class);
        assertTrue(row.getPseudoClassStates().contains(AlertBanner.INCIDENT), "the company's row is marked");
        assertEquals("En échec depuis le dimanche 22 novembre 2026 à 12:00",
                table.getColumns().get(table.getColumns().size() - 1).getCellData(0));
        Screenshots.save(root(), "console-alert-banner");

        robot.clickOn(row);
        robot.clickOn("#action-company-publish");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.shell().console().model().busy().isRunning()
                && robot.lookup("#console-status").tryQuery().map(Node::isVisible).orElse(false));
        Label status = label(robot, "console-status");
        assertTrue(status.getStyleClass().contains("result-success"), status.getText());
        assertFalse(robot.lookup("#alert-banner").query().isVisible(), "gone once a publication succeeded");
        assertFalse(row.getPseudoClassStates().contains(AlertBanner.INCIDENT));
        assertEquals("", table.getColumns().get(table.getColumns().size() - 1).getCellData(0));
    }
}
