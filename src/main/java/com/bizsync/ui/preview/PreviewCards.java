package com.bizsync.ui.preview;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.Tables;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Builds one card per published view from the {@code extract} JSON (VIEWS.md): top-5 lists and
 * cash get a table and a bar chart, revenues a month / year table and a bar chart by month, the
 * order views their single amount with its count.
 */
public final class PreviewCards {
    static final double CARD_WIDTH = 430;
    static final double GAP = 12;
    /** Revenue cards span two columns so that twelve month names fit under their bars. */
    static final double WIDE_CARD_WIDTH = 2 * CARD_WIDTH + GAP;
    private static final double PERIOD_TABLE_WIDTH = 300;
    private static final int CHART_LABEL_LENGTH = 10;
    private static final double ROW_HEIGHT = 26;
    /** The themed column header is about 40 px high. */
    private static final double HEADER_HEIGHT = 44;

    private PreviewCards() {
    }

    public static Node card(String viewId, JsonNode view, String currency) {
        VBox card = new VBox(8);
        card.setId("card-" + viewId);
        card.getStyleClass().add("preview-card");
        card.setPadding(new Insets(12));
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setStyle("-fx-background-color: -color-bg-default, white; -fx-background-radius: 8;"
                + " -fx-border-color: -color-border-default, #d0d7de; -fx-border-radius: 8;");
        Label title = new Label(ViewId.fromId(viewId).map(ViewId::label).orElse(viewId));
        title.setId("title-" + viewId);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        title.setWrapText(true);
        card.getChildren().add(title);

        if (view.has("rows")) {
            List<PreviewRow> rows = rows(view.get("rows"));
            card.getChildren().add(table(viewId, rows, currency, rows.stream().anyMatch(r -> !r.rank().isEmpty())));
            if (rows.isEmpty()) {
                card.getChildren().add(new Label(Messages.get("preview.noRows")));
            } else {
                card.getChildren().add(chart(viewId, rows.stream().map(r -> new Bar(barLabel(r), r.amount())).toList()));
            }
            if (view.has("total")) {
                Label total = new Label(Messages.get("preview.total", AmountFormat.amount(view.get("total").asDouble(), currency)));
                total.setId("total-" + viewId);
                total.setStyle("-fx-font-weight: bold;");
                card.getChildren().add(total);
            }
        } else if (view.has("byMonth")) {
            card.setPrefWidth(WIDE_CARD_WIDTH);
            card.setMaxWidth(WIDE_CARD_WIDTH);
            List<PreviewRow> periods = List.of(
                    new PreviewRow("", "", Messages.get("preview.period.month"), view.path("month").asDouble()),
                    new PreviewRow("", "", Messages.get("preview.period.year"), view.path("year").asDouble()));
            TableView<PreviewRow> table = periodTable(viewId, periods, currency);
            table.setPrefWidth(PERIOD_TABLE_WIDTH);
            table.setMinWidth(PERIOD_TABLE_WIDTH);
            List<Bar> bars = new ArrayList<>();
            view.get("byMonth").forEach(m -> bars.add(new Bar(AmountFormat.shortMonth(m.path("month").asText()),
                    m.path("amount").asDouble())));
            BarChart<String, Number> chart = chart(viewId, bars);
            chart.setPrefWidth(WIDE_CARD_WIDTH - 24 - PERIOD_TABLE_WIDTH - GAP);
            HBox side = new HBox(GAP, table, chart);
            card.getChildren().add(side);
        } else if (view.has("amount")) {
            Label figure = new Label(AmountFormat.amount(view.get("amount").asDouble(), currency));
            figure.setId("figure-" + viewId);
            figure.setStyle("-fx-font-weight: bold; -fx-font-size: 26px;");
            card.getChildren().add(figure);
            if (view.has("documents")) {
                card.getChildren().add(countLabel(viewId, Messages.get("preview.documents", view.get("documents").asInt())));
            }
            if (view.has("orders")) {
                card.getChildren().add(countLabel(viewId, Messages.get("preview.orders", view.get("orders").asInt())));
            }
        }
        return card;
    }

    static List<PreviewRow> rows(JsonNode rows) {
        List<PreviewRow> result = new ArrayList<>();
        rows.forEach(r -> result.add(new PreviewRow(r.has("rank") ? r.get("rank").asText() : "",
                r.path("code").asText(), r.path("label").asText(), r.path("amount").asDouble())));
        return result;
    }

    private static Label countLabel(String viewId, String text) {
        Label count = new Label(text);
        count.setId("count-" + viewId);
        return count;
    }

    private static TableView<PreviewRow> table(String viewId, List<PreviewRow> rows, String currency, boolean ranked) {
        TableView<PreviewRow> table = baseTable(viewId, rows);
        // Rank and code are short: the names get the room (and a tooltip when one is longer still).
        TableColumn<PreviewRow, String> rank = textColumn("preview.column.rank", PreviewRow::rank);
        rank.setPrefWidth(50);
        rank.setMaxWidth(60);
        TableColumn<PreviewRow, String> code = textColumn("preview.column.code", PreviewRow::code);
        code.setPrefWidth(76);
        TableColumn<PreviewRow, String> label = textColumn("preview.column.label", PreviewRow::label);
        label.setPrefWidth(180);
        List<TableColumn<PreviewRow, ?>> columns = new ArrayList<>();
        if (ranked) {
            columns.add(rank);
        }
        columns.add(code);
        columns.add(label);
        columns.add(amountColumn(currency));
        table.getColumns().setAll(columns);
        return table;
    }

    private static TableView<PreviewRow> periodTable(String viewId, List<PreviewRow> rows, String currency) {
        TableView<PreviewRow> table = baseTable(viewId, rows);
        TableColumn<PreviewRow, String> period = textColumn("preview.column.period", PreviewRow::label);
        period.setPrefWidth(150);
        table.getColumns().setAll(List.of(period, amountColumn(currency)));
        return table;
    }

    private static TableView<PreviewRow> baseTable(String viewId, List<PreviewRow> rows) {
        TableView<PreviewRow> table = new TableView<>();
        table.setId("table-" + viewId);
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepHeadersWhole(table);
        table.setFixedCellSize(ROW_HEIGHT);
        // Tall enough for every row and the header, so the card never scrolls inside itself.
        double height = HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, rows.size()) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        table.setPlaceholder(new Label(Messages.get("preview.noRows")));
        return table;
    }

    private static TableColumn<PreviewRow, String> textColumn(String key, java.util.function.Function<PreviewRow, String> value) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(Messages.get(key));
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(Tables.textCells());
        return column;
    }

    private static TableColumn<PreviewRow, Double> amountColumn(String currency) {
        TableColumn<PreviewRow, Double> amount = new TableColumn<>(Messages.get("preview.column.amount"));
        amount.setSortable(false);
        amount.setPrefWidth(120);
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amount.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : AmountFormat.amount(item, currency));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return amount;
    }

    private record Bar(String category, double amount) {
    }

    /** Bars are named by code: the table above gives the label, and short names stay horizontal. */
    private static String barLabel(PreviewRow row) {
        String label = row.code().isBlank() ? row.label() : row.code();
        return label.length() > CHART_LABEL_LENGTH ? label.substring(0, CHART_LABEL_LENGTH - 1) + "…" : label;
    }

    private static BarChart<String, Number> chart(String viewId, List<Bar> bars) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return AmountFormat.axis(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-" + viewId);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefSize(CARD_WIDTH - 24, 220);
        chart.setMinHeight(200);
        chart.setCategoryGap(14);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Messages.get("preview.chart.amount"));
        // Two bars with the same label would merge on a category axis: make each category unique.
        Set<String> seen = new HashSet<>();
        for (Bar bar : bars) {
            String category = bar.category();
            while (!seen.add(category)) {
                category = category + " ";
            }
            series.getData().add(new XYChart.Data<>(category, bar.amount()));
        }
        chart.getData().add(series);
        return chart;
    }
}
