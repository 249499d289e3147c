package com.bizsync.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.testing.DemoWorld;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.shots.Screenshots;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview shows, card by card, the figures the engine would publish for a demo company. */
@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    @TempDir
    static Path root;

    private DemoWorld world;
    private ExecutorService background;
    private PreviewView view;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Theme.install();
        world = DemoWorld.create(root.resolve("w" + System.nanoTime()));
        background = Executors.newFixedThreadPool(2);
        view = new PreviewView(new AppContext(world.store, world.engine, background, stage));
        stage.setScene(Theme.decorate(new Scene((Parent) view.node(), 960, 760)));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        world.close();
    }

    private JsonNode showPreview(FxRobot robot, String code) throws Exception {
        view.ready().get(10, TimeUnit.SECONDS);
        robot.interact(() -> view.model().select(code));
        robot.clickOn("#previewRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return world.engine.preview(code);
    }

    private static List<List<String>> cells(TableView<?> table) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            List<String> row = new ArrayList<>();
            for (TableColumn<?, ?> column : table.getColumns()) {
                Object value = column.getCellObservableValue(i).getValue();
                row.add(value instanceof Double amount ? "amount:" + amount : String.valueOf(value));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theCompanysExtractionOptionsAreShownAboveItsFigures(FxRobot robot) throws Exception {
        String code = world.code(0);
        showPreview(robot, code);
        assertEquals("Paramètres : CA comptable sur les comptes 70 – trésorerie : comptes des journaux de trésorerie"
                + " – catégories clients : catégorie tarifaire – familles d’articles : famille d’articles",
                robot.lookup("#previewOptions").queryLabeled().getText());

        com.bizsync.settings.Company company = world.store.company(code).orElseThrow();
        world.store.saveCompany(new com.bizsync.settings.Company(company.code(), company.name(),
                company.accountingDatabase(), company.commercialDatabase(), company.views(), true,
                new com.bizsync.views.ExtractionSettings(List.of("706", "707"), List.of("53"), 1, 2)));
        showPreview(robot, code);
        assertEquals("Paramètres : CA comptable sur les comptes 706, 707 – trésorerie : 53"
                + " – catégories clients : champ statistique 1 (CT_Statistique01)"
                + " – familles d’articles : champ statistique 2 (AR_Stat02)",
                robot.lookup("#previewOptions").queryLabeled().getText());
    }

    @Test
    void everyViewOfTheDemoCompanyHasItsCardWithTheEngineFigures(FxRobot robot) throws Exception {
        String code = world.code(0);
        JsonNode expected = showPreview(robot, code);
        String currency = expected.path("company").path("currency").asText();
        JsonNode views = expected.path("views");
        assertEquals(ViewId.values().length, views.size(), "the demo company publishes every view");

        for (ViewId id : ViewId.values()) {
            JsonNode json = views.get(id.id());
            Node card = robot.lookup("#card-" + id.id()).query();
            assertEquals(id.label(), robot.from(card).lookup("#title-" + id.id()).queryLabeled().getText());
            if (json.has("rows")) {
                TableView<?> table = robot.from(card).lookup("#table-" + id.id()).query();
                List<List<String>> shown = cells(table);
                assertEquals(json.get("rows").size(), shown.size(), id.id());
                for (int i = 0; i < shown.size(); i++) {
                    JsonNode row = json.get("rows").get(i);
                    List<String> line = shown.get(i);
                    String expectedAmount = "amount:" + row.get("amount").asDouble();
                    if (row.has("rank")) {
                        assertEquals(List.of(row.get("rank").asText(), row.get("code").asText(), row.get("label").asText(),
                                expectedAmount), line, id.id());
                    } else {
                        assertEquals(List.of(row.get("code").asText(), row.get("label").asText(), expectedAmount), line, id.id());
                    }
                }
                if (!shown.isEmpty()) {
                    String first = AmountFormat.amount(json.get("rows").get(0).get("amount").asDouble(), currency);
                    assertTrue(robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                            .anyMatch(cell -> first.equals(cell.getText())), id.id() + " shows " + first);
                    BarChart<?, ?> chart = robot.from(card).lookup("#chart-" + id.id()).query();
                    assertEquals(shown.size(), chart.getData().get(0).getData().size(), id.id());
                }
            } else if (json.has("byMonth")) {
                TableView<?> table = robot.from(card).lookup("#table-" + id.id()).query();
                assertEquals(List.of(List.of("Mois en cours", "amount:" + json.get("month").asDouble()),
                        List.of("Exercice en cours", "amount:" + json.get("year").asDouble())), cells(table));
                BarChart<?, ?> chart = robot.from(card).lookup("#chart-" + id.id()).query();
                assertEquals(json.get("byMonth").size(), chart.getData().get(0).getData().size());
                double sum = 0;
                for (var bar : chart.getData().get(0).getData()) {
                    sum += ((Number) bar.getYValue()).doubleValue();
                }
                assertEquals(json.get("year").asDouble(), sum, 0.011, id.id() + ": the months add up to the year");
            } else {
                assertEquals(AmountFormat.amount(json.get("amount").asDouble(), currency),
                        robot.from(card).lookup("#figure-" + id.id()).queryLabeled().getText());
            }
        }
        // Cash position: its total, French style; the order book: its document count.
        Labeled total = robot.lookup("#total-cash_position").queryLabeled();
        assertEquals("Total : " + AmountFormat.amount(views.path("cash_position").path("total").asDouble(), currency),
                total.getText());
        assertTrue(total.getText().endsWith("€"), total.getText());
        int documents = views.path("order_book_month").path("documents").asInt();
        assertTrue(documents > 1, "the demo's order book holds several documents");
        assertEquals(documents + " documents", robot.lookup("#count-order_book_month").queryLabeled().getText());
        assertTrue(robot.lookup("#previewHeader").queryLabeled().getText().startsWith(
                expected.path("company").path("name").asText()));
        assertFalse(robot.lookup("#previewError").query().isVisible());

        Screenshots.save(view.node(), "preview");
        Screenshots.save(robot.lookup("#previewCards").query(), "preview-all-cards");
    }

    @Test
    void aFamilyPreviewAddsUpItsCompanies(FxRobot robot) throws Exception {
        String family = world.store.families().get(0).code();
        JsonNode expected = showPreview(robot, family);
        double sum = 0;
        for (String member : world.store.families().get(0).companyCodes()) {
            sum += world.engine.preview(member).path("views").path("sales_revenue").path("year").asDouble();
        }
        TableView<?> table = robot.lookup("#table-sales_revenue").query();
        double shownYear = (Double) table.getColumns().get(1).getCellObservableValue(1).getValue();
        assertEquals(expected.path("views").path("sales_revenue").path("year").asDouble(), shownYear, 0.001);
        assertEquals(sum, shownYear, 0.011, "the family's year is the sum of its companies' years");
        assertTrue(sum > 0, "the demo companies have sales");
    }
}
