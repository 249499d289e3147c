package com.bizsync.ui.forms;

import com.bizsync.ui.common.Texts;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Checkboxes of the views, under "Vues comptables" and "Vues commerciales"; ids {@code view-<id>}.
 * The two groups sit side by side when there is room, one under the other otherwise, so that no
 * view name is ever cut.
 */
public final class ViewChecklistView extends FlowPane {

    public ViewChecklistView(ViewChecklistModel model) {
        super(32, 8);
        getChildren().addAll(group(model, Domain.ACCOUNTING, "views.accounting"),
                group(model, Domain.COMMERCIAL, "views.commercial"));
    }

    /** The checklist in a scroll pane, for tabs and dialogs of limited height. */
    public static javafx.scene.control.ScrollPane scrolling(ViewChecklistModel model) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new ViewChecklistView(model));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setStyle("-fx-padding: 8 0 0 0;");
        return scroll;
    }

    private static VBox group(ViewChecklistModel model, Domain domain, String titleKey) {
        Label title = new Label(Texts.t(titleKey));
        title.getStyleClass().add("section-title");
        Hyperlink all = new Hyperlink(Texts.t("views.all"));
        all.setId("views-all-" + domain.name().toLowerCase(java.util.Locale.ROOT));
        all.setOnAction(e -> model.tickAll(domain, true));
        Hyperlink none = new Hyperlink(Texts.t("views.none"));
        none.setOnAction(e -> model.tickAll(domain, false));
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {title, all, none}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox links = new HBox(4, all, none);
        VBox box = new VBox(title, links);
        box.getStyleClass().add("view-group");
        for (ViewId view : ViewId.ofDomain(domain)) {
            CheckBox check = new CheckBox(view.label());
            check.setId("view-" + view.id());
            check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            check.selectedProperty().bindBidirectional(model.tick(view));
            check.disableProperty().bind(model.offered(view).not());
            box.getChildren().add(check);
        }
        Label missing = new Label(Texts.t(domain == Domain.ACCOUNTING ? "views.noAccountingDb" : "views.noCommercialDb"));
        missing.getStyleClass().add("hint");
        missing.visibleProperty().bind(model.available(domain).not());
        missing.managedProperty().bind(missing.visibleProperty());
        box.getChildren().add(missing);
        box.disableProperty().bind(model.available(domain).not());
        return box;
    }
}
