package com.bizsync.ui.common;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * The console's tables: column headers never cut, values too long for their column readable in a
 * tooltip (file paths keep their end, the file name, in sight), and tables inside a scrolling page
 * as tall as their rows so that only the page scrolls.
 */
public final class Tables {
    /** Row height of the tables that grow with their rows (the theme's own row height). */
    private static final double ROW_HEIGHT = 36;
    /** The themed header row, its borders and the table's own. */
    private static final double HEADER_HEIGHT = 44;
    /** The theme's padding around a column title (0.5em on each side) and its border. */
    private static final double TITLE_PADDING = 16;

    private Tables() {
    }

    /** A column of text from the bundle key, with the given preferred width; a long title wraps. */
    public static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>();
        column.setGraphic(wrappingTitle(Texts.t(key), column));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(textCells());
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A column title that goes onto a second line when the column is narrow ("Fichier / comptable"),
     * so that a table with several long titles still fits a small window.
     */
    private static Label wrappingTitle(String text, TableColumn<?, ?> column) {
        Label title = new Label(text);
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        // As wide as the column less the header's padding, so the header grows to the lines it needs.
        title.prefWidthProperty().bind(column.widthProperty().subtract(TITLE_PADDING));
        return title;
    }

    /** Cells showing their text, whole in a tooltip when the column is too narrow for it. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> textCells() {
        return c -> new TextCell<>(OverrunStyle.ELLIPSIS);
    }

    /**
     * A column of database references: a long file path is shortened from its start, so the file
     * name stays visible, and the tooltip shows the whole path.
     */
    public static <S> TableColumn<S, String> pathColumn(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = column(key, value, width);
        column.setCellFactory(c -> new TextCell<>(OverrunStyle.LEADING_ELLIPSIS));
        return column;
    }

    /**
     * Every column at least as wide as its header's text: the constrained resize policies would
     * otherwise shrink a column until its title reads "V...". Measured once the table's skin has
     * its themed headers.
     */
    public static void keepHeadersWhole(TableView<?> table) {
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                Platform.runLater(() -> fitHeaders(table));
            }
        });
        if (table.getSkin() != null) {
            fitHeaders(table);
        }
    }

    private static void fitHeaders(TableView<?> table) {
        table.applyCss();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                // A wrapping title needs its longest word on a line; any other its whole text.
                double text = column.getGraphic() instanceof Label title && title.isWrapText()
                        ? longestWord(title) + label.snappedLeftInset() + label.snappedRightInset()
                        : label.prefWidth(-1);
                double needed = Math.ceil(text + header.snappedLeftInset() + header.snappedRightInset()) + 2;
                if (column.getMaxWidth() < needed) {
                    column.setMaxWidth(needed);
                }
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
                if (column.getPrefWidth() < needed) {
                    column.setPrefWidth(needed);
                }
            }
        }
        // A constrained policy only shares the width out again when it is set: with the new minimum
        // widths, the columns must again add up to the table's width.
        var policy = table.getColumnResizePolicy();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setColumnResizePolicy(policy);
    }

    private static double longestWord(Label title) {
        double widest = 0;
        for (String word : title.getText().split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(title.getFont());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /**
     * The table as tall as its rows (at least {@code minRows}): placed in a page that scrolls, it
     * must not scroll inside itself too.
     */
    public static void heightFollowsRows(TableView<?> table, int minRows) {
        table.setFixedCellSize(ROW_HEIGHT);
        var height = Bindings.createDoubleBinding(() -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(minRows,
                table.getItems().size()), table.getItems());
        table.prefHeightProperty().bind(height);
        table.minHeightProperty().bind(height);
        table.maxHeightProperty().bind(height);
    }

    /** A text cell whose tooltip gives the whole value, for when the column is too narrow for it. */
    private static final class TextCell<S> extends TableCell<S, String> {
        TextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            setTooltip(blank ? null : new Tooltip(item));
        }
    }
}
