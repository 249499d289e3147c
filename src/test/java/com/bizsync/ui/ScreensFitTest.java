package com.bizsync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.DatabaseLogin;
import com.bizsync.testing.CutTexts;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.console.ConsoleFolder;
import com.bizsync.ui.shots.Screenshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and dialog of the console, in French and in English, in a 1024×720 window and at
 * the default size: no label, button, check box, tab or column header may be cut. The demo set-up
 * lives in a deep folder, so the company files have long paths as on a real server.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {
    @TempDir
    Path tmp;
    private PublishedDemoConsole demo;
    private DemoWorld world;
    private UiHarness app;
    private final List<String> defects = new ArrayList<>();
    private String prefix = "";

    @Start
    void start(Stage stage) {
        demo = PublishedDemoConsole.start(stage, tmp.resolve("Comptabilité et gestion")
                .resolve("Sociétés de démonstration").resolve("Exercice 2026 - données de test"));
        world = demo.world;
        app = demo.app;
        // The first-run wizard's database step is walked through too.
        app.store().saveDatabaseLogin(new DatabaseLogin("localhost", "", null, DatabaseLogin.Authentication.SQL, "",
                "sa", "sa-password"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void nothingIsCutIn1024By720(FxRobot robot) throws Exception {
        walkEverything(robot, 1024, 720);
    }

    @Test
    void nothingIsCutAtTheDefaultSize(FxRobot robot) throws Exception {
        walkEverything(robot, Shell.DEFAULT_WIDTH, Shell.DEFAULT_HEIGHT);
    }

    @Test
    void longFilePathsShowTheirFileName(FxRobot robot) {
        String file = world.companies.get(0).file().toString();
        String name = world.companies.get(0).file().getFileName().toString();
        String code = world.code(0);
        robot.interact(() -> app.shell().console().select(ConsoleFolder.COMPANIES));
        TableView<com.bizsync.settings.Company> table = robot.lookup("#companies-table").queryTableView();
        int row = table.getItems().indexOf(app.store().company(code).orElseThrow());
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#companies-table .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex() == row && file.equals(c.getText()))
                .query();
        String shown = ((javafx.scene.text.Text) cell.lookup(".text")).getText();
        assertTrue(shown.endsWith(name) && shown.length() < file.length(), "the table shows « " + shown + " »");
        assertEquals(file, cell.getTooltip().getText(), "the whole path in the tooltip");

        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#action-company-open");
        javafx.scene.control.TextField field = robot.lookup("#company-accounting").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, field.getText());
        javafx.scene.text.Text text = (javafx.scene.text.Text) field.lookup(".text");
        javafx.geometry.Bounds fileName = text.localToScene(rangeBounds(text, file.length() - name.length(), file.length()));
        javafx.geometry.Bounds visible = CutTexts.visibleArea(text, field.getScene());
        assertTrue(fileName.getMinX() >= visible.getMinX() && fileName.getMaxX() <= visible.getMaxX(),
                "the field shows the file name: " + fileName + " within " + visible);
        assertEquals(file, field.getTooltip().getText(), "the whole path in the tooltip");
        robot.clickOn("#company-dialog-cancel");
    }

    /** Where a range of characters is drawn, in the text's own coordinates. */
    private static javafx.geometry.Bounds rangeBounds(javafx.scene.text.Text text, int start, int end) {
        javafx.scene.shape.Path shape = new javafx.scene.shape.Path(text.rangeShape(start, end));
        return shape.getBoundsInLocal();
    }

    private void walkEverything(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            // At the screen's corner: the headless screen only paints what lies inside it.
            app.stage().setX(0);
            app.stage().setY(0);
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, app.stage().getScene().getWidth(), 1);
        assertEquals(height, app.stage().getScene().getHeight(), 1);
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            choose(robot, language);
            prefix = language.getLanguage() + " " + (int) width + "×" + (int) height + " ";
            walkConsole(robot);
        }
        assertTrue(defects.isEmpty(), defects.size() + " cut texts:\n" + String.join("\n", defects));
    }

    private void choose(FxRobot robot, Locale language) {
        ComboBox<Locale> choice = robot.lookup("#language").queryComboBox();
        robot.interact(() -> choice.setValue(language));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walkConsole(FxRobot robot) throws Exception {
        assertEquals(Shell.Screen.CONSOLE, app.shell().screen());
        for (ConsoleFolder folder : ConsoleFolder.values()) {
            folder(robot, folder);
            check(robot, "console " + folder.nodeId(), app.stage().getScene());
        }
        folder(robot, ConsoleFolder.CONNECTION);
        robot.clickOn("#connection-tab-database");
        check(robot, "console connection database", app.stage().getScene());

        folder(robot, ConsoleFolder.COMPANIES);
        selectFirst(robot, "companies-table");
        robot.clickOn("#action-company-publish");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.shell().console().model().busy().isRunning()
                && app.shell().console().model().status().get() != null);
        check(robot, "console company published", app.stage().getScene());
        editor(robot, "action-company-open", "company-dialog", "company-tab-views", "company dialog");
        confirmation(robot, "action-company-unpublish", "confirm unpublish company");
        confirmation(robot, "action-company-delete", "confirm delete company");

        folder(robot, ConsoleFolder.FAMILIES);
        selectFirst(robot, "families-table");
        editor(robot, "action-family-open", "family-dialog", "family-tab-views", "family dialog");
        confirmation(robot, "action-family-unpublish", "confirm unpublish family");
        confirmation(robot, "action-family-delete", "confirm delete family");
        folder(robot, ConsoleFolder.ROOT);
        confirmation(robot, "action-wipe-platform", "confirm wipe platform");

        folder(robot, ConsoleFolder.USERS);
        selectFirst(robot, "users-table");
        editor(robot, "action-user-open", "user-dialog", "user-tab-views", "user dialog");
        confirmation(robot, "action-user-delete", "confirm delete user");
        robot.clickOn("#action-user-info");
        check(robot, "connection info", sceneOf(robot, "connection-info-dialog"));
        robot.clickOn("#info-close");

        folder(robot, ConsoleFolder.COMPANIES);
        selectFirst(robot, "companies-table");
        preview(robot);
        publicationWizard(robot);
        firstRunWizard(robot);
    }

    private void folder(FxRobot robot, ConsoleFolder folder) {
        robot.interact(() -> app.shell().console().select(folder));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectFirst(FxRobot robot, String tableId) {
        TableView<?> table = robot.lookup("#" + tableId).queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    private static Scene sceneOf(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).query().getScene();
    }

    /** A company, family or user dialog, on both of its tabs; closed unchanged. */
    private void editor(FxRobot robot, String action, String dialog, String secondTab, String screen) {
        robot.clickOn("#" + action);
        check(robot, screen, sceneOf(robot, dialog));
        robot.clickOn("#" + secondTab);
        check(robot, screen + " views", sceneOf(robot, dialog));
        robot.clickOn("#" + dialog + "-cancel");
    }

    /** A confirmation, answered no. */
    private void confirmation(FxRobot robot, String action, String screen) {
        robot.clickOn("#" + action);
        check(robot, screen, sceneOf(robot, "dialog-confirm"));
        robot.clickOn("#dialog-no");
    }

    private void preview(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-preview");
        Scene scene = sceneOf(robot, "previewView");
        var view = (com.bizsync.ui.preview.PreviewView) ((Stage) scene.getWindow()).getUserData();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().previewProperty().get() != null
                && !view.model().busyProperty().get());
        check(robot, "preview", scene);
        robot.clickOn("#previewClose");
    }

    private void publicationWizard(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-publish");
        Scene scene = sceneOf(robot, "publicationWizard");
        var view = (com.bizsync.ui.publication.PublicationWizardView) ((Stage) scene.getWindow()).getUserData();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().targets().isEmpty());
        check(robot, "publication wizard 1", scene);
        robot.clickOn("#wizardNext");
        robot.clickOn("#actionDelete");
        check(robot, "publication wizard 2 delete", scene);
        robot.clickOn("#actionPublish");
        robot.clickOn("#wizardNext");
        check(robot, "publication wizard 3", scene);
        robot.clickOn("#target-" + world.code(0));
        robot.clickOn("#wizardPlan");
        check(robot, "publication wizard plan", sceneOf(robot, "plan-dialog"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#wizardFinish");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().finishedProperty().get());
        check(robot, "publication wizard 4", scene);
        robot.clickOn("#wizardCancel");
    }

    private void firstRunWizard(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell().showWizard());
        ScrollPane page = robot.lookup("#wizard-content").queryAs(ScrollPane.class);
        int steps = com.bizsync.ui.wizard.FirstRunWizard.STEP_IDS.size();
        for (int step = 1; step <= steps; step++) {
            check(robot, "wizard " + step, app.stage().getScene());
            if (step < steps) {
                // The user scrolled down this step (to its last views, its list): the next one still opens at its top.
                robot.interact(() -> page.setVvalue(page.getVmax()));
                robot.clickOn("#wizard-next");
                WaitForAsyncUtils.waitForFxEvents();
                if (page.getVvalue() != page.getVmin()) {
                    defects.add(prefix + "wizard " + (step + 1) + ": opens scrolled down, not at its top");
                }
            }
        }
        robot.clickOn("#user-tab-views");
        check(robot, "wizard " + steps + " views", app.stage().getScene());
        robot.clickOn("#wizard-finish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        check(robot, "confirm publish now", sceneOf(robot, "dialog-confirm"));
        robot.clickOn("#dialog-no");
    }

    /**
     * Every screen as the test saw it, under target/screenshots/fit, for a person to look at; not
     * pictures for the guide, so never copied into docs.
     */
    private static void saveForReview(Scene scene, String name) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.getRoot().snapshot(null, null)));
        Path file = Screenshots.FOLDER.resolve("fit").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(FxRobot robot, String screen, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        String name = (prefix + screen).replaceAll("[^A-Za-z0-9-]+", "-");
        robot.interact(() -> defects.addAll(CutTexts.in(scene, prefix + screen)));
        saveForReview(scene, name);
    }
}
