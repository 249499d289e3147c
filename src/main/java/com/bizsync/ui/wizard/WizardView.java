package com.bizsync.ui.wizard;

import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The wizard's shell: the steps on the left (a check once complete, clickable to revisit), the
 * current step in the centre, Back / Next / Finish at the bottom.
 */
public final class WizardView extends BorderPane {

    /** @param onFinished runs once every step is complete and Finish was pressed */
    public WizardView(FirstRunWizard wizard, Node languageSwitch, Runnable onFinished) {
        WizardModel model = wizard.model();
        setId("wizard");

        ListView<WizardStep> steps = new ListView<>(FXCollections.observableArrayList(model.steps()));
        steps.setId("wizard-steps");
        steps.getStyleClass().addAll("wizard-steps", "wrapping-list");
        steps.setCellFactory(list -> new StepCell(model));
        steps.setFocusTraversable(false);
        steps.getSelectionModel().select(model.current().get());
        model.current().addListener((obs, old, now) -> steps.getSelectionModel().select(now.intValue()));
        steps.setOnMouseClicked(e -> {
            int clicked = steps.getSelectionModel().getSelectedIndex();
            if (clicked >= 0 && clicked != model.current().get() && !model.goTo(clicked)) {
                steps.getSelectionModel().select(model.current().get());
            }
        });
        Label brand = new Label(Texts.t("app.name"), Icons.of(MaterialDesignC.CLOUD_UPLOAD));
        brand.getStyleClass().add("page-title");
        brand.setPadding(new Insets(16, 12, 8, 12));
        VBox left = new VBox(brand, steps, languageSwitch);
        left.getStyleClass().add("wizard-side");
        VBox.setVgrow(steps, Priority.ALWAYS);
        setLeft(left);

        Label title = new Label();
        title.setId("wizard-title");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentStep().get() == null ? ""
                : Texts.t("wizard.stepOf", model.current().get() + 1, model.steps().size(),
                Texts.t(model.currentStep().get().titleKey())), model.currentStep()));
        ScrollPane content = new ScrollPane();
        content.setFitToWidth(true);
        content.setId("wizard-content");
        com.bizsync.ui.common.ScrollIntoView.follow(content);
        content.contentProperty().bind(Bindings.createObjectBinding(() -> model.currentStep().get() == null ? null
                : model.currentStep().get().view(), model.currentStep()));
        // A step opens at its top, wherever the previous one (or this one, last time) was scrolled to.
        model.currentStep().addListener((obs, old, now) -> content.setVvalue(content.getVmin()));
        VBox centre = new VBox(16, title, content);
        centre.getStyleClass().add("wizard-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(centre);

        Button back = new Button(Texts.t("wizard.back"), Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("wizard-back");
        back.disableProperty().bind(model.current().lessThanOrEqualTo(0));
        back.setOnAction(e -> model.back());
        Button next = new Button(Texts.t("wizard.next"), Icons.of(MaterialDesignA.ARROW_RIGHT));
        next.setId("wizard-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.visibleProperty().bind(model.last().not());
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty());
        next.setOnAction(e -> model.next());
        Button finish = new Button(Texts.t("wizard.finish"), Icons.of(MaterialDesignF.FLAG_CHECKERED));
        finish.setId("wizard-finish");
        finish.visibleProperty().bind(model.last());
        finish.managedProperty().bind(finish.visibleProperty());
        finish.defaultButtonProperty().bind(finish.visibleProperty());
        finish.setOnAction(e -> {
            if (model.finish()) {
                onFinished.run();
            }
        });
        Label error = new Label();
        error.setId("wizard-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, error, spacer, back, next, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("wizard-buttons");
        setBottom(buttons);
    }

    /** A step in the list: green check when complete, its own icon otherwise. */
    private static final class StepCell extends ListCell<WizardStep> {
        private final WizardModel model;

        StepCell(WizardModel model) {
            this.model = model;
            // As wide as the list, so a long step name wraps instead of being cut.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WizardStep step, boolean empty) {
            super.updateItem(step, empty);
            graphicProperty().unbind();
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId("wizard-step-" + step.id());
            setText(Texts.t(step.titleKey()));
            FontIcon own = Icons.of(step.icon());
            own.getStyleClass().add("icon-muted");
            FontIcon done = Icons.success();
            done.setId("wizard-step-done-" + step.id());
            graphicProperty().bind(Bindings.when(model.complete(step)).then((Node) done).otherwise((Node) own));
        }
    }
}
