package com.bizsync.ui.journal;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.JournalEntry;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Tables;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.Control;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The publication log ("Journal de publication"): filters on top, one table row per
 * operation with a green check or a red cross, the row count below. Built in code; every node
 * a test or the console needs has an id.
 */
public final class JournalView {
    /** The "all" choice of the filter boxes (a ComboBox cannot select null). */
    private static final String ALL = "";

    private final JournalViewModel model;
    private final Executor background;
    private final BorderPane root = new BorderPane();
    private final TableView<JournalEntry> table = new TableView<>();
    private final Label status = new Label();

    /** The log as the console embeds it: {@code new JournalView(context).node()}. */
    public JournalView(AppContext context) {
        this(new JournalViewModel(context.settings(), context.engine(), context.background()), context.background());
    }

    public JournalView(JournalViewModel model, Executor background) {
        this.model = model;
        this.background = background;
        root.setId("journalView");
        root.getStyleClass().add("journal-view");
        root.setTop(filterBar());
        root.setCenter(table());
        status.setId("journalStatus");
        status.textProperty().bind(model.messageProperty());
        root.setBottom(bottomBar());
        model.refresh();
    }

    public Node node() {
        return root;
    }

    public JournalViewModel model() {
        return model;
    }

    /** Reloads the rows, for the console to call when the log folder is selected again. */
    public CompletableFuture<List<JournalEntry>> refresh() {
        return model.refresh();
    }

    private Node filterBar() {
        ComboBox<String> company = new ComboBox<>();
        company.setId("journalCompanyFilter");
        company.setPrefWidth(140);
        company.getItems().add(ALL);
        company.setValue(ALL);
        company.setConverter(labels(Messages.get("journal.filter.all"), code -> code));
        model.companies().addListener((ListChangeListener<String>) change -> {
            List<String> items = new ArrayList<>();
            items.add(ALL);
            items.addAll(model.companies());
            if (!company.getItems().equals(items)) {
                String keep = company.getValue();
                company.getItems().setAll(items);
                company.setValue(keep);
            }
        });
        company.valueProperty().addListener((obs, old, value) -> {
            model.companyProperty().set(value == null || value.equals(ALL) ? null : value);
            model.refresh();
        });

        ComboBox<String> statusBox = new ComboBox<>();
        statusBox.setId("journalStatusFilter");
        statusBox.setPrefWidth(110);
        statusBox.getItems().addAll(ALL, JournalEntry.Status.SUCCESS.name(), JournalEntry.Status.ERROR.name());
        statusBox.setValue(ALL);
        statusBox.setConverter(labels(Messages.get("journal.filter.allStatuses"),
                name -> JournalFormat.status(JournalEntry.Status.valueOf(name))));
        statusBox.valueProperty().addListener((obs, old, value) -> {
            model.statusProperty().set(value == null || value.equals(ALL) ? null : JournalEntry.Status.valueOf(value));
            model.refresh();
        });

        DatePicker from = new DatePicker();
        from.setId("journalFrom");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.valueProperty().addListener((obs, old, value) -> model.refresh());
        DatePicker to = new DatePicker();
        to.setId("journalTo");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        to.valueProperty().addListener((obs, old, value) -> model.refresh());

        Button refresh = new Button(Messages.get("journal.refresh"), new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("journalRefresh");
        refresh.setOnAction(e -> model.refresh());
        Button export = new Button(Messages.get("journal.export"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        export.setId("journalExport");
        export.setOnAction(e -> chooseAndExport());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("journalLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());

        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        // Each filter keeps its label beside it; in a narrow window the filters wrap onto a second line.
        FlowPane bar = new FlowPane(14, 8,
                labelled("journal.filter.company", company), labelled("journal.filter.status", statusBox),
                labelled("journal.filter.from", from), labelled("journal.filter.to", to),
                new HBox(6, refresh, export, loading));
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("journal-filters");
        return bar;
    }

    private static Node labelled(String key, Control control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** The row count or the outcome of the last action, and « Relancer » for the selected row. */
    private Node bottomBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        if (model.canRerun()) {
            Button rerun = new Button(Messages.get("journal.rerun"), new FontIcon(MaterialDesignR.REPLAY));
            rerun.setId("journalRerun");
            rerun.setMinWidth(Region.USE_PREF_SIZE);
            rerun.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(model.rerunningProperty()));
            rerun.setOnAction(e -> rerunSelected());
            bar.getChildren().add(rerun);
        }
        return bar;
    }

    /** Runs the selected row again, after a confirmation when that deletes data again. */
    public void rerunSelected() {
        JournalEntry row = table.getSelectionModel().getSelectedItem();
        if (row == null || !model.canRerun() || model.rerunningProperty().get()) {
            return;
        }
        if (JournalViewModel.needsConfirmation(row) && !Dialogs.confirm(root.getScene() == null ? null
                : root.getScene().getWindow(), Messages.get("journal.rerun.confirm",
                JournalFormat.company(row.company()), JournalFormat.operation(row.operation())))) {
            return;
        }
        model.rerun(row);
    }

    /** Right-click on a row: « Relancer », as the button below the table. */
    private TableRow<JournalEntry> row() {
        TableRow<JournalEntry> row = new TableRow<>();
        if (model.canRerun()) {
            MenuItem rerun = new MenuItem(Messages.get("journal.rerun"), new FontIcon(MaterialDesignR.REPLAY));
            rerun.setId("journalRowRerun");
            rerun.disableProperty().bind(model.rerunningProperty());
            rerun.setOnAction(e -> rerunSelected());
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(rerun)));
        }
        return row;
    }

    private Node table() {
        table.setId("journalTable");
        table.setRowFactory(t -> row());
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.get("journal.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepHeadersWhole(table);

        TableColumn<JournalEntry, Instant> time = new TableColumn<>(Messages.get("journal.column.time"));
        time.setId("journalColumnTime");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        time.setCellFactory(c -> textCell(JournalFormat::dateTime));
        time.setPrefWidth(165);
        time.setMinWidth(155);

        TableColumn<JournalEntry, JournalEntry.Status> type = new TableColumn<>(Messages.get("journal.column.status"));
        type.setId("journalColumnStatus");
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        type.setCellFactory(c -> new StatusCell());
        type.setPrefWidth(50);
        type.setMinWidth(45);
        type.setMaxWidth(60);

        TableColumn<JournalEntry, String> company = new TableColumn<>(Messages.get("journal.column.company"));
        company.setId("journalColumnCompany");
        company.setCellValueFactory(c -> new ReadOnlyStringWrapper(JournalFormat.company(c.getValue().company())));
        company.setCellFactory(c -> new WrappingCell(c, false));
        company.setPrefWidth(130);

        TableColumn<JournalEntry, String> operation = new TableColumn<>(Messages.get("journal.column.operation"));
        operation.setId("journalColumnOperation");
        operation.setCellValueFactory(c -> new ReadOnlyStringWrapper(JournalFormat.operation(c.getValue().operation())));
        operation.setCellFactory(c -> new WrappingCell(c, false));
        operation.setPrefWidth(190);

        TableColumn<JournalEntry, Duration> duration = new TableColumn<>(Messages.get("journal.column.duration"));
        duration.setId("journalColumnDuration");
        duration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().duration()));
        duration.setCellFactory(c -> textCell(JournalFormat::duration));
        duration.setPrefWidth(70);
        duration.setMinWidth(60);

        TableColumn<JournalEntry, String> message = new TableColumn<>(Messages.get("journal.column.message"));
        message.setId("journalColumnMessage");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setCellFactory(c -> new WrappingCell(c, true));
        message.setPrefWidth(420);

        table.getColumns().setAll(List.of(time, type, company, operation, duration, message));
        return table;
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("journal.export.title"));
        chooser.setInitialFileName(Messages.get("journal.export.defaultName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("journal.export.fileType"), "*.csv"));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes the CSV off the FX thread and says how it went in the status line. */
    public CompletableFuture<Integer> export(Path file) {
        CompletableFuture<Integer> written = CompletableFuture.supplyAsync(() -> model.exportCsv(file), background);
        written.whenComplete((count, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                model.messageProperty().set(Messages.get("journal.export.done", count, file));
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                model.messageProperty().set(cause instanceof UserError ? cause.getMessage()
                        : Messages.get("common.unexpected", cause.getClass().getSimpleName()));
            }
        }));
        return written;
    }

    private static StringConverter<String> labels(String allLabel, java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.equals(ALL) ? allLabel : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private static <T> TableCell<JournalEntry, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    /** A green check for a success, a red cross for an error (as in the original log). */
    private static final class StatusCell extends TableCell<JournalEntry, JournalEntry.Status> {
        StatusCell() {
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(JournalEntry.Status item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = statusIcon(item);
            setGraphic(icon);
            setTooltip(new Tooltip(JournalFormat.status(item)));
            setAccessibleText(JournalFormat.status(item));
        }
    }

    /** The journal's status icon; the publication report uses the same one. */
    public static FontIcon statusIcon(JournalEntry.Status status) {
        boolean ok = status == JournalEntry.Status.SUCCESS;
        FontIcon icon = ok ? Icons.success() : Icons.failure();
        // Coloured by the console stylesheet (icon-success / icon-failure); an inline style would break the glyph.
        icon.setIconSize(18);
        icon.getStyleClass().add(ok ? "journal-status-success" : "journal-status-error");
        return icon;
    }

    /**
     * A text that wraps in a narrow column instead of being cut: the message says what to fix, the
     * company and the operation say what it is about. Error messages read in red so they stand out.
     */
    private static final class WrappingCell extends TableCell<JournalEntry, String> {
        private final Text text = new Text();
        private final boolean redWhenError;

        WrappingCell(TableColumn<JournalEntry, String> column, boolean redWhenError) {
            this.redWhenError = redWhenError;
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("text");
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            JournalEntry row = getIndex() >= 0 && getIndex() < getTableView().getItems().size()
                    ? getTableView().getItems().get(getIndex()) : null;
            text.setText(item);
            text.setStyle(redWhenError && row != null && row.status() == JournalEntry.Status.ERROR ? "-fx-fill: #cf222e;" : "");
            setGraphic(text);
            setTooltip(item.isBlank() ? null : new Tooltip(item));
        }
    }
}
