package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.engine.DefaultEngine;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.testing.CutTexts;
import com.bizsync.testing.RefusedPort;
import com.bizsync.testing.tds.SageServer;
import com.bizsync.testing.tds.TdsEndpoint;
import com.bizsync.ui.UiHarness;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.forms.CompanyFormModel;
import com.bizsync.ui.shots.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Parcourir… » with a saved SQL Server login lists the server's Sage databases with their company
 * names (here a TDS endpoint over jTDS: BIJOU, ORFEV, an accounting-only one, and a non-Sage RH),
 * in the company dialog and in the wizard; picking one fills the database and, if empty, the name.
 * A refused login or a server down shows the connection's sentence in the picker.
 */
@ExtendWith(ApplicationExtension.class)
class DatabasePickerTest {
    private static final List<String> LISTED = List.of("BIJOU — Bijoux Lumière SARL",
            "COMPTA_SEULE — Conseil Comptable Dupré", "ORFEV — Orfèvrerie du Rhône SAS");
    private static Path bijouFile;

    @TempDir
    Path home;
    private UiHarness app;
    private Stage stage;
    private TdsEndpoint server;

    @BeforeAll
    static void demoFile() {
        bijouFile = ConfiguredSettings.demoFile("test-database-picker", "BIJOU.db");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = SageServer.withThreeDatabases().start();
        app = UiHarness.onDemoReferenceDay(home);
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    private void openConsole(FxRobot robot, DatabaseLogin login) {
        robot.interact(() -> app.start(stage, store -> {
            ConfiguredSettings.fill(store, bijouFile);
            store.saveDatabaseLogin(login);
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> listed(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#database-picker-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#database-picker-list .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static String pickerError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#database-picker-error").tryQuery()
                .map(Node::isVisible).orElse(false));
        return label(robot, "database-picker-error").getText();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    @Test
    void theCompanyDialogPicksASageDatabaseAndItsCompanyName(FxRobot robot) throws Exception {
        openConsole(robot, server.login());
        robot.clickOn("#folder-companies");
        robot.clickOn("#action-company-new");
        type(robot, "company-code", "ORFEV");

        robot.clickOn("#company-accounting-browse");
        assertEquals(LISTED, listed(robot), "only the Sage databases, RH is not one");
        robot.clickOn("ORFEV — Orfèvrerie du Rhône SAS");
        Scene picker = robot.lookup("#database-picker").query().getScene();
        Screenshots.save(picker.getRoot(), "company-database-picker");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutTexts.in(picker, "database picker")));
        assertEquals(List.of(), cut, "no text of the picker is cut");
        robot.clickOn("#database-picker-choose");
        assertEquals("ORFEV", text(robot, "company-accounting"));
        assertEquals("Orfèvrerie du Rhône SAS", text(robot, "company-name"), "the empty name takes the company's");

        type(robot, "company-name", "Orfèvres réunis");
        robot.clickOn("#company-commercial-browse");
        assertEquals(LISTED, listed(robot));
        robot.doubleClickOn("BIJOU — Bijoux Lumière SARL");
        assertEquals("BIJOU", text(robot, "company-commercial"));
        assertEquals("Orfèvres réunis", text(robot, "company-name"), "a name already typed is kept");

        robot.clickOn("#company-dialog-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#company-dialog").tryQuery().isEmpty());
        // The console lists the new company once its refresh ran (after the dialog's event loop returned).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(NodeQueryUtils.hasText("Orfèvres réunis")).tryQuery().isPresent());
        Company saved = app.store().company("ORFEV").orElseThrow();
        assertEquals("ORFEV", saved.accountingDatabase());
        assertEquals("BIJOU", saved.commercialDatabase());
    }

    @Test
    void browseListsTheServerUnlessTheFieldHoldsADemoFileOrNoServerIsSaved(FxRobot robot) {
        openConsole(robot, server.login());
        CompanyFormModel form = new CompanyFormModel(new AppContext(app.store(), new DefaultEngine(app.store(),
                Clock.systemUTC()), app.background(), stage), new Busy(app.background()));
        robot.interact(() -> {
            assertTrue(form.browsesServer(form.accountingDatabase()), "empty field, server saved: the server's list");
            form.accountingDatabase().value().set("ORFEV");
            assertTrue(form.browsesServer(form.accountingDatabase()), "a database name: the server's list");
            form.accountingDatabase().value().set(bijouFile.toString());
            assertFalse(form.browsesServer(form.accountingDatabase()), "a demo file: the file chooser");
            app.store().saveDatabaseLogin(DatabaseLogin.EMPTY);
            form.accountingDatabase().value().set("");
            assertFalse(form.browsesServer(form.accountingDatabase()), "no server saved: the file chooser");
        });
    }

    @Test
    void aRefusedLoginShowsItsSentenceInThePicker(FxRobot robot) throws Exception {
        openConsole(robot, server.login(SageServer.USER, "pas-le-bon"));
        robot.clickOn("#folder-companies");
        robot.clickOn("#action-company-new");
        robot.clickOn("#company-accounting-browse");
        assertEquals("Le serveur SQL refuse la connexion de l'utilisateur « bizsync_ro » pour jdbc:jtds:sqlserver://"
                + "127.0.0.1:" + server.port() + "/master : vérifiez l'identifiant et le mot de passe.", pickerError(robot));
        robot.clickOn("#database-picker-cancel");
        assertEquals("", text(robot, "company-accounting"));
        closeCompanyDialog(robot);
    }

    /** Closes the (unchanged) company dialog while the settings are still open. */
    private static void closeCompanyDialog(FxRobot robot) throws Exception {
        robot.clickOn("#company-dialog-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#company-dialog").tryQuery().isEmpty());
        // The console refreshes its lists once the dialog's nested event loop returns.
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aServerThatIsDownShowsItsSentenceInThePicker(FxRobot robot) throws Exception {
        int port = RefusedPort.find();
        openConsole(robot, new DatabaseLogin("127.0.0.1", "", port, DatabaseLogin.Authentication.SQL, "",
                SageServer.USER, SageServer.PASSWORD));
        robot.clickOn("#folder-companies");
        robot.clickOn("#action-company-new");
        robot.clickOn("#company-commercial-browse");
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://127.0.0.1:" + port + "/master ne répond pas : vérifiez"
                + " le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.", pickerError(robot));
        robot.clickOn("#database-picker-cancel");
        closeCompanyDialog(robot);
    }

    @Test
    void theWizardCompaniesStepPicksTooAndAddsTheCompany(FxRobot robot) throws Exception {
        robot.interact(() -> app.start(stage, store -> {
            store.savePortal(new PortalSettings("https://bizsync.example", "ACME", "portal-pass"));
            store.saveDatabaseLogin(server.login());
            for (String step : List.of("portal", "database", "proxy", "schedule")) {
                store.markWizardStep(step, true);
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("companies", app.shell().wizard().currentStepId());
        type(robot, "company-code", "BIJOU");
        robot.clickOn("#company-accounting-browse");
        assertEquals(LISTED, listed(robot));
        robot.clickOn("BIJOU — Bijoux Lumière SARL");
        robot.clickOn("#database-picker-choose");
        assertEquals("BIJOU", text(robot, "company-accounting"));
        assertEquals("Bijoux Lumière SARL", text(robot, "company-name"));
        robot.clickOn("#wizard-company-add");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.store().companies().isEmpty());
        assertTrue(app.store().company("BIJOU").isPresent());
        assertEquals("BIJOU", app.store().company("BIJOU").orElseThrow().accountingDatabase());
    }
}
