package com.bizsync.ui.publication;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.forms.ScheduleFormModel;
import com.bizsync.ui.forms.ScheduleFormView;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * « Planifier » of the publication wizard: the schedule form, and Save turns the companies chosen
 * in the wizard into what the background runner publishes at those times.
 */
final class PlanDialog {
    private final PublicationWizardViewModel model;

    PlanDialog(PublicationWizardViewModel model) {
        this.model = model;
    }

    void showFrom(Node owner) {
        ScheduleFormModel form = model.planner();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(Messages.get("publication.plan.title"));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.get("publication.plan.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, Dialogs.cancel());
        dialog.getDialogPane().setId("plan-dialog");
        Label intro = new Label(Messages.get("publication.plan.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("plan-dialog-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox content = new VBox(12, intro, new ScheduleFormView(form), error);
        content.setPadding(new Insets(12, 18, 6, 18));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(680, 480);
        Theme.decorate(dialog.getDialogPane().getScene());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("plan-dialog-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!form.valid().get()) {
                form.firstRun().reveal();
                form.page().reveal();
                event.consume();
                return;
            }
            try {
                model.plan();
            } catch (RuntimeException failure) {
                error.setText(Failures.sentence(failure));
                event.consume();
            }
        });
        dialog.showAndWait();
    }
}
