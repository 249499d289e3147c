package com.bizsync.ui.console;

import static com.bizsync.testing.FxInput.label;
import static com.bizsync.testing.FxInput.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.DatabaseLogin;
import com.bizsync.testing.ConfiguredSettings;
import com.bizsync.testing.RefusedPort;
import com.bizsync.ui.UiHarness;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "No success without contact": on a setup whose only company is a demo file, the database
 * page's Test contacts the SQL Server typed in (there is none here) and says it does not answer,
 * instead of reporting the demo file as a successful connection.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseLoginContactTest {
    private static Path demoFile;

    @TempDir
    Path home;
    private UiHarness app;
    private int refusedPort;

    @BeforeAll
    static void demoCompany() {
        demoFile = ConfiguredSettings.demoFile("test-contact", "BIJOU.db");
    }

    @Start
    void start(Stage stage) {
        refusedPort = RefusedPort.find();
        app = UiHarness.onDemoReferenceDay(home);
        app.start(stage, store -> {
            ConfiguredSettings.fill(store, demoFile);
            store.saveDatabaseLogin(new DatabaseLogin("127.0.0.1", "", refusedPort, DatabaseLogin.Authentication.SQL,
                    "", "sa", "sa-password"));
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static Label testResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#database-test-result").tryQuery()
                .map(Node::isVisible).orElse(false) && !robot.lookup("#database-test").query().isDisabled());
        return label(robot, "database-test-result");
    }

    @Test
    void aRefusedServerIsReportedAsNotAnsweringEvenWhenTheCompaniesAreDemoFiles(FxRobot robot) throws Exception {
        robot.clickOn("#folder-connection");
        robot.clickOn("#connection-tab-database");
        robot.clickOn("#database-test");
        Label result = testResult(robot);
        assertTrue(result.getStyleClass().contains("result-failure"), result.getText());
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://127.0.0.1:" + refusedPort + "/master ne répond pas :"
                + " vérifiez le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.",
                result.getText());
    }

    @Test
    void anInventedServerNameIsReportedAsNotAnswering(FxRobot robot) throws Exception {
        robot.clickOn("#folder-connection");
        robot.clickOn("#connection-tab-database");
        type(robot, "database-host", "sql-invente.invalid");
        type(robot, "database-port", "");
        robot.clickOn("#database-test");
        Label result = testResult(robot);
        assertTrue(result.getStyleClass().contains("result-failure"), result.getText());
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://sql-invente.invalid/master ne répond pas :"
                + " vérifiez le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.",
                result.getText());
        assertFalse(result.getText().contains("réussie"));
    }
}
