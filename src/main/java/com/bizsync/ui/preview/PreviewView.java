package com.bizsync.ui.preview;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.AppContext;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * What would be published for a company or family: one card per view (ViewId order) with a
 * small table and a chart, under a line giving the company, the as-of date and the fiscal year.
 */
public final class PreviewView {
    private final PreviewViewModel model;
    private final BorderPane root = new BorderPane();
    private final FlowPane cards = new FlowPane(PreviewCards.GAP, PreviewCards.GAP);
    private final Label header = new Label();
    private final CompletableFuture<List<PreviewViewModel.Target>> ready;
    private Runnable onClose = () -> { };

    public PreviewView(AppContext context) {
        this(new PreviewViewModel(context.settings(), context.engine(), context.background()));
    }

    public PreviewView(PreviewViewModel model) {
        this.model = model;
        root.setId("previewView");
        root.getStyleClass().add("preview-view");
        root.setTop(top());
        cards.setId("previewCards");
        cards.setPadding(new Insets(12));
        cards.setPrefWrapLength(PreviewCards.WIDE_CARD_WIDTH);
        cards.setRowValignment(javafx.geometry.VPos.TOP);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setId("previewScroll");
        root.setCenter(scroll);
        root.setBottom(closeBar());
        model.previewProperty().addListener((obs, old, json) -> show(json));
        ready = model.loadTargets();
    }

    /** Completes once the companies and families are in the choice list. */
    public CompletableFuture<List<PreviewViewModel.Target>> ready() {
        return ready;
    }

    public Node node() {
        return root;
    }

    public PreviewViewModel model() {
        return model;
    }

    /** What Close (and Escape) does: the preview's window closes itself. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    private Node closeBar() {
        Button close = new Button(Messages.get("preview.close"));
        close.setId("previewClose");
        // The cancel button answers Escape as well.
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    private Node top() {
        ComboBox<PreviewViewModel.Target> target = new ComboBox<>(model.targets());
        target.setId("previewTarget");
        target.setPrefWidth(280);
        target.valueProperty().bindBidirectional(model.selectedProperty());
        target.setCellFactory(list -> new TargetCell());
        target.setButtonCell(new TargetCell());
        Button run = new Button(Messages.get("preview.run"), new FontIcon(MaterialDesignE.EYE_OUTLINE));
        run.setId("previewRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        run.setOnAction(e -> model.run());
        Node busy = model.busy().indicator();
        busy.setId("previewBusy");
        HBox bar = new HBox(8, new Label(Messages.get("preview.target")), target, run, busy);
        bar.setAlignment(Pos.CENTER_LEFT);

        header.setId("previewHeader");
        header.setStyle("-fx-font-weight: bold;");
        header.setWrapText(true);
        header.setText(Messages.get("preview.choose"));
        Label error = new Label();
        error.setId("previewError");
        error.setWrapText(true);
        error.setTextFill(Color.web("#cf222e"));
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        Label options = new Label();
        options.setId("previewOptions");
        options.setWrapText(true);
        options.textProperty().bind(model.optionsProperty());
        options.managedProperty().bind(options.visibleProperty());
        options.visibleProperty().bind(model.optionsProperty().isNotEmpty());
        VBox top = new VBox(8, bar, header, options, error);
        top.setPadding(new Insets(10, 12, 4, 12));
        return top;
    }

    private void show(JsonNode json) {
        if (json == null) {
            cards.getChildren().clear();
            return;
        }
        JsonNode company = json.path("company");
        String currency = company.path("currency").asText("EUR");
        JsonNode fiscalYear = company.path("fiscalYear");
        header.setText(Messages.get("preview.header", company.path("name").asText(),
                AmountFormat.date(json.path("asOf").asText()), AmountFormat.date(fiscalYear.path("start").asText()),
                AmountFormat.date(fiscalYear.path("end").asText()), currency));
        List<String> ids = new ArrayList<>();
        Iterator<String> names = json.path("views").fieldNames();
        names.forEachRemaining(ids::add);
        ids.sort(Comparator.comparingInt(id -> ViewId.fromId(id).map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
        List<Node> built = new ArrayList<>();
        for (String id : ids) {
            built.add(PreviewCards.card(id, json.path("views").get(id), currency));
        }
        if (built.isEmpty()) {
            built.add(new Label(Messages.get("preview.empty")));
        }
        cards.getChildren().setAll(built);
    }

    private static final class TargetCell extends ListCell<PreviewViewModel.Target> {
        @Override
        protected void updateItem(PreviewViewModel.Target item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
