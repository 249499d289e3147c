package com.bizsync.ui.wizard;

import com.bizsync.settings.Company;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.ViewChecklistView;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The views step: the companies on the left, the ticked views of the selected one on the right. */
final class ViewsStepView extends VBox {

    ViewsStepView(ViewsStepModel model) {
        setSpacing(10);
        Label hint = new Label(Texts.t("wizard.views.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        ListView<Company> companies = new ListView<>(model.companies());
        companies.setId("wizard-views-companies");
        companies.getStyleClass().add("wrapping-list");
        companies.setPrefWidth(220);
        companies.setMinWidth(180);
        companies.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list: a long company name wraps instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Company company, boolean empty) {
                super.updateItem(company, empty);
                setText(empty || company == null ? null : company.code() + " - " + company.name());
            }
        });
        // Selection flows list -> model; the model picks the first company when the step loads.
        model.selected().addListener((obs, old, now) -> {
            if (now != null && companies.getSelectionModel().getSelectedItem() != now) {
                companies.getSelectionModel().select(now);
            }
        });
        if (model.selected().get() != null) {
            companies.getSelectionModel().select(model.selected().get());
        }
        companies.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selected().set(now);
            }
        });
        ViewChecklistView checklist = new ViewChecklistView(model.views());
        HBox.setHgrow(checklist, Priority.ALWAYS);
        HBox body = new HBox(24, companies, checklist);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(hint, body);
    }
}
