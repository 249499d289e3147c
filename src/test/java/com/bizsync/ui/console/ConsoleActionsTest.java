package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.MobileUser;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.Schedule;
import com.bizsync.testing.MobileReader;
import com.bizsync.testing.PlatformWithDemoCompany;
import com.bizsync.ui.Shell;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.shots.Screenshots;
import com.bizsync.views.ViewId;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
 * The console on a configured installation, against the real platform on 127.0.0.1 and a demo
 * Sage company: company actions (publish, delete published data, delete), a user created with
 * grants and its connection information (no password, QR code with the pre-filled address),
 * the schedule page, and the language switch.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleActionsTest {
    private static final String CUSTOMER = "ACME";
    private static final String PORTAL_PASSWORD = "portal-pass-2";

    @RegisterExtension
    static final PlatformWithDemoCompany fixture = new PlatformWithDemoCompany(CUSTOMER, PORTAL_PASSWORD);

    @TempDir
    Path home;
    private UiHarness app;

    @Start
    void start(Stage stage) {
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> {
            fixture.connect(store);
            store.saveUser(new MobileUser("pdurand", "Paul Durand", "",
                    Map.of(fixture.demo().code(), Set.of(ViewId.SALES_REVENUE))), "mobile-pass-2");
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Node root() {
        return app.stage().getScene().getRoot();
    }

    /** Waits for the engine work behind an action, then returns the status sentence. */
    private Label status(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.shell().console().model().busy().isRunning()
                && robot.lookup("#console-status").tryQuery().map(Node::isVisible).orElse(false));
        return label(robot, "console-status");
    }

    private static <T> void selectFirstRow(FxRobot robot, String tableId) {
        TableView<T> table = robot.lookup("#" + tableId).queryTableView();
        robot.clickOn(robot.lookup("#" + tableId + " .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
    }

    @Test
    void publishesThenDeletesThePublishedDataThenTheCompany(FxRobot robot) throws Exception {
        assertEquals(Shell.Screen.CONSOLE, app.shell().screen());
        robot.clickOn("#folder-companies");
        selectFirstRow(robot, "companies-table");
        Screenshots.save(root(), "console-companies");

        robot.clickOn("#action-company-publish");
        Label published = status(robot);
        assertTrue(published.getStyleClass().contains("result-success"), published.getText());
        MobileReader phone = new MobileReader(fixture.platform().url());
        String token = phone.token(CUSTOMER, fixture.demo().code(), "pdurand", "mobile-pass-2");
        assertEquals(200, phone.views(token, fixture.demo().code()).status());
        Screenshots.save(root(), "console-company-published");

        robot.clickOn("#action-company-unpublish");
        Screenshots.save(robot.lookup("#dialog-confirm").query(), "console-confirm-unpublish");
        robot.clickOn("#dialog-yes");
        Label removed = status(robot);
        assertTrue(removed.getStyleClass().contains("result-success"), removed.getText());
        assertEquals(404, phone.views(token, fixture.demo().code()).status(), "the publication is gone from the platform");
        assertEquals(1, app.store().companies().size(), "deleting published data keeps the company");

        robot.clickOn("#action-company-delete");
        robot.clickOn("#dialog-no");
        assertEquals(1, app.store().companies().size(), "answering no deletes nothing");
        robot.clickOn("#action-company-delete");
        robot.clickOn("#dialog-yes");
        Label deleted = status(robot);
        assertTrue(deleted.getStyleClass().contains("result-success"), deleted.getText());
        assertTrue(app.store().companies().isEmpty());
    }

    @Test
    void aUserCreatedWithGrantsShowsItsConnectionInfoButNeverThePassword(FxRobot robot) throws Exception {
        robot.clickOn("#folder-users");
        robot.clickOn("#action-user-new");
        type(robot, "user-name", "Claire Moreau");
        type(robot, "user-login", "cmoreau");
        robot.clickOn("#user-password").write("Secret-Mobile-9");
        robot.clickOn("#user-tab-views");
        robot.clickOn("#view-sales_revenue");
        robot.clickOn("#view-top5_customers_month");
        Screenshots.save(robot.lookup("#user-dialog").query(), "console-user-dialog-views");
        robot.clickOn("#user-tab-identification");
        Screenshots.save(robot.lookup("#user-dialog").query(), "console-user-dialog");
        robot.clickOn("#user-dialog-save");
        Label sent = status(robot);
        assertTrue(sent.getStyleClass().contains("result-success"), sent.getText());
        assertEquals(Map.of(fixture.demo().code(), Set.of(ViewId.SALES_REVENUE, ViewId.TOP5_CUSTOMERS_MONTH)),
                app.store().user("cmoreau").orElseThrow().grants());
        assertEquals(200, new MobileReader(fixture.platform().url())
                .signIn(CUSTOMER, fixture.demo().code(), "cmoreau", "Secret-Mobile-9").status(), "the platform knows the new user");

        TableView<MobileUser> users = robot.lookup("#users-table").queryTableView();
        int row = users.getItems().indexOf(app.store().user("cmoreau").orElseThrow());
        robot.interact(() -> users.getSelectionModel().select(row));
        robot.clickOn("#action-user-info");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fixture.platform().url(), label(robot, "info-platform").getText());
        assertEquals(CUSTOMER, label(robot, "info-customer").getText());
        assertEquals(fixture.demo().code(), label(robot, "info-companies").getText());
        assertEquals("cmoreau", label(robot, "info-login").getText());
        Node dialog = robot.lookup("#connection-info-dialog").query();
        assertTrue(robot.from(dialog).lookup((Node n) -> n instanceof Labeled).queryAll().stream()
                        .map(n -> ((Labeled) n).getText()).noneMatch(t -> t != null && t.contains("Secret-Mobile-9")),
                "the password is never shown");
        Image qr = robot.lookup("#info-qr").queryAs(ImageView.class).getImage();
        String scanned = decode(qr);
        assertEquals(fixture.platform().url() + "/?customer=ACME&company=" + fixture.demo().code() + "&login=cmoreau", scanned);
        // The scanned address opens the platform's mobile dashboard on its sign-in form.
        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(scanned)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("sign-in-form"), "the dashboard's sign-in page");
        Screenshots.save(dialog, "console-connection-info");

        robot.clickOn("#info-copy");
        assertEquals(label(robot, "info-feedback").getText(), com.bizsync.ui.common.Texts.t("info.copied"));
        robot.clickOn("#info-close");
    }

    @Test
    void aFamilyIsCreatedPublishedAndLoggedInThePublicationJournal(FxRobot robot) throws Exception {
        robot.clickOn("#folder-families");
        robot.clickOn("#action-family-new");
        type(robot, "family-code", "GROUPE");
        type(robot, "family-name", "Groupe Lumière");
        robot.clickOn("#family-member-" + fixture.demo().code());
        Screenshots.save(robot.lookup("#family-dialog").query(), "console-family-dialog");
        robot.clickOn("#family-dialog-save");
        assertEquals(java.util.List.of(fixture.demo().code()), app.store().families().get(0).companyCodes());

        selectFirstRow(robot, "families-table");
        robot.clickOn("#action-family-publish");
        Label published = status(robot);
        assertTrue(published.getStyleClass().contains("result-success"), published.getText());

        robot.clickOn("#folder-journal");
        TableView<com.bizsync.settings.JournalEntry> journal = robot.lookup("#journalTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journal.getItems().stream()
                .anyMatch(e -> "GROUPE".equals(e.company())));
        Screenshots.save(root(), "console-journal");
    }

    @Test
    void theDatabaseTestContactsTheServerOfTheLoginEvenWhenTheCompaniesAreDemoFiles(FxRobot robot) throws Exception {
        robot.clickOn("#folder-connection");
        robot.clickOn("#connection-tab-database");
        robot.clickOn("#database-test");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#database-test-result").tryQuery()
                .map(Node::isVisible).orElse(false));
        Label result = label(robot, "database-test-result");
        // No SQL Server listens on localhost here: the demo file must not pass for a successful login
        // (issue 7, item 4: it used to say "Connexion réussie" for the demo file).
        assertTrue(result.getStyleClass().contains("result-failure"), result.getText());
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://localhost/master ne répond pas : vérifiez le nom du"
                + " serveur, l'instance ou le port, et que le service SQL Server est démarré.", result.getText());
        Screenshots.save(root(), "console-connection-database-test");
    }

    @Test
    void theProxyPageTestsAManualProxyWithItsCredentialsThenSavesIt(FxRobot robot) throws Exception {
        // A real HTTP proxy asking for Basic credentials (407), as in a company network.
        org.littleshoot.proxy.HttpProxyServer proxy = org.littleshoot.proxy.impl.DefaultHttpProxyServer.bootstrap()
                .withPort(0).withProxyAuthenticator(new org.littleshoot.proxy.ProxyAuthenticator() {
                    @Override
                    public boolean authenticate(String user, String password) {
                        return "bureau".equals(user) && "Proxy-Pass-3".equals(password);
                    }

                    @Override
                    public String getRealm() {
                        return "entreprise";
                    }
                }).start();
        try {
            robot.clickOn("#folder-proxy");
            assertFalse(robot.lookup("#proxy-host").query().isVisible(), "system proxy: no address to type");
            robot.clickOn("#proxy-mode-manual");
            type(robot, "proxy-host", "127.0.0.1");
            type(robot, "proxy-port", String.valueOf(proxy.getListenAddress().getPort()));
            type(robot, "proxy-user", "bureau");
            robot.clickOn("#proxy-password").write("wrong-pass");
            robot.clickOn("#proxy-test");
            Label refused = testResult(robot);
            assertTrue(refused.getStyleClass().contains("result-failure"), refused.getText());
            assertFalse(refused.getText().contains("wrong-pass"));
            Screenshots.save(root(), "console-proxy-refused");

            TextField password = robot.lookup("#proxy-password").queryAs(TextField.class);
            robot.interact(password::clear);
            robot.clickOn(password).write("Proxy-Pass-3");
            robot.clickOn("#proxy-test");
            Label accepted = testResult(robot);
            assertTrue(accepted.getStyleClass().contains("result-success"), accepted.getText());
            robot.clickOn("#settings-save");
            assertEquals(new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1", proxy.getListenAddress().getPort(),
                    "bureau", "Proxy-Pass-3"), app.store().proxy());
        } finally {
            proxy.stop();
        }
    }

    private static Label testResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#proxy-test-result").tryQuery()
                .map(Node::isVisible).orElse(false) && !robot.lookup("#proxy-test").query().isDisabled());
        return label(robot, "proxy-test-result");
    }

    @Test
    void theScheduleShowsTheFieldsOfItsFrequencyAndTheNextRuns(FxRobot robot) {
        robot.clickOn("#folder-schedule");
        assertFalse(robot.lookup("#schedule-weekday").query().isVisible());
        ComboBox<Schedule.Frequency> frequency = robot.lookup("#schedule-frequency").queryComboBox();
        robot.interact(() -> frequency.setValue(Schedule.Frequency.WEEKLY));
        assertTrue(robot.lookup("#schedule-weekday").query().isVisible());
        assertFalse(robot.lookup("#schedule-interval").query().isVisible(), "one run a day: no interval");
        type(robot, "schedule-first", "06:30");
        robot.interact(() -> robot.lookup("#schedule-times").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(3));
        assertTrue(robot.lookup("#schedule-interval").query().isVisible());
        assertFalse(label(robot, "schedule-next-runs").getText().isBlank());
        Screenshots.save(root(), "console-schedule");
        robot.clickOn("#settings-save");
        assertEquals(new Schedule(Schedule.Frequency.WEEKLY, DayOfWeek.MONDAY, 3, LocalTime.of(6, 30), 1),
                app.store().schedule());
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack(FxRobot robot) {
        robot.clickOn("#folder-users");
        ComboBox<java.util.Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(java.util.Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Users", robot.lookup("#folder-users").queryAs(javafx.scene.control.TreeCell.class).getText());
        assertTrue(robot.lookup("#users-table").tryQuery().isPresent(), "stays on the same folder");
        Screenshots.save(root(), "console-users-english");
        ComboBox<java.util.Locale> again = robot.lookup("#language").queryComboBox();
        robot.interact(() -> again.setValue(java.util.Locale.FRENCH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Utilisateurs", robot.lookup("#folder-users").queryAs(javafx.scene.control.TreeCell.class).getText());
    }

    /** Reads the QR code back as a phone camera would (zxing's decoder on the rendered pixels). */
    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                pixels, 0, width);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height,
                pixels)))).getText();
    }
}
