package com.bizsync.ui.publication;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.journal.JournalView;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The publication wizard's content: the step list on the left (current step in bold, passed
 * steps ticked), the current page in the middle, Back / Next / Finish / Cancel below.
 */
public final class PublicationWizardView {
    private static final Color ERROR = Color.web("#cf222e");

    private final PublicationWizardViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane pages = new StackPane();
    private final Node[] pageNodes;
    private Runnable onClose = () -> { };

    public PublicationWizardView(PublicationWizardViewModel model) {
        this.model = model;
        root.setId("publicationWizard");
        root.getStyleClass().add("publication-wizard");
        pageNodes = new Node[] {settingsPage(), actionPage(), targetsPage(), reportPage()};
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("wizard-content");
        pages.setAlignment(Pos.TOP_LEFT);
        root.setLeft(stepList());
        root.setCenter(pages);
        root.setBottom(buttons());
        model.pageProperty().addListener((obs, old, value) -> showPage(value.intValue()));
        showPage(model.pageProperty().get());
    }

    public Node node() {
        return root;
    }

    public PublicationWizardViewModel model() {
        return model;
    }

    /** What Close (and Cancel outside a run) does: the wizard's stage closes itself. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    private void showPage(int index) {
        pages.getChildren().setAll(pageNodes[index]);
    }

    private Node stepList() {
        VBox steps = new VBox(10);
        steps.setId("wizardSteps");
        steps.setPadding(new Insets(16));
        steps.setMinWidth(240);
        steps.getStyleClass().add("wizard-steps");
        String[] keys = {"publication.step.settings", "publication.step.action", "publication.step.targets",
                "publication.step.report"};
        for (int i = 0; i < keys.length; i++) {
            int index = i;
            Label label = new Label((i + 1) + ". " + Messages.get(keys[i]));
            label.setId("wizardStep" + (i + 1));
            label.setWrapText(true);
            // The tick sits beside the label, not in it: the label's bold font must not reach the icon font.
            FontIcon tick = icon(MaterialDesignC.CHECK, "icon-success");
            StackPane tickBox = new StackPane(tick);
            tickBox.setMinWidth(18);
            HBox line = new HBox(6, tickBox, label);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMaxWidth(Double.MAX_VALUE);
            Runnable update = () -> {
                int current = model.pageProperty().get();
                boolean passed = index < current || (index == PublicationWizardViewModel.PAGE_REPORT
                        && model.finishedProperty().get());
                tick.setVisible(passed);
                label.setStyle(index == current ? "-fx-font-weight: bold;" : "");
                line.setStyle(index == current
                        ? "-fx-padding: 6 8; -fx-background-radius: 6; -fx-background-color: -color-accent-subtle;"
                        : "-fx-padding: 6 8;");
            };
            model.pageProperty().addListener((obs, o, n) -> update.run());
            model.finishedProperty().addListener((obs, o, n) -> update.run());
            update.run();
            steps.getChildren().add(line);
        }
        return steps;
    }

    private Node settingsPage() {
        VBox box = new VBox(12);
        box.setId("pageSettings");
        Label header = heading("publication.settings.header");
        VBox lines = new VBox(8);
        lines.setId("wizardChecklist");
        Label hint = new Label();
        hint.setId("settingsHint");
        hint.setWrapText(true);
        Runnable fill = () -> {
            lines.getChildren().clear();
            boolean missingUsers = false;
            for (ChecklistItem item : model.checklist()) {
                FontIcon icon;
                if (item.done()) {
                    icon = icon(MaterialDesignC.CHECKBOX_MARKED_CIRCLE, "icon-success");
                    icon.getStyleClass().add("check-done");
                } else if (item.setting().required()) {
                    icon = icon(MaterialDesignA.ALERT_CIRCLE, "icon-failure");
                    icon.getStyleClass().add("check-missing");
                } else {
                    icon = icon(MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE, "icon-muted");
                    icon.getStyleClass().add("check-missing");
                }
                Label line = new Label(Messages.get(item.setting().labelKey()), icon);
                line.setId(item.setting().id());
                line.setGraphicTextGap(10);
                lines.getChildren().add(line);
                missingUsers |= item.setting() == ChecklistItem.Setting.USERS && !item.done();
            }
            String text;
            if (!model.requiredSettingsDoneProperty().get()) {
                text = Messages.get("publication.settings.missingRequired");
            } else if (missingUsers) {
                text = Messages.get("publication.settings.noUsers");
            } else {
                text = Messages.get("publication.settings.ready");
            }
            hint.setText(model.checklist().isEmpty() ? "" : text);
        };
        model.checklist().addListener((ListChangeListener<ChecklistItem>) c -> fill.run());
        model.requiredSettingsDoneProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        box.getChildren().addAll(header, lines, new Separator(), hint);
        return box;
    }

    private Node actionPage() {
        VBox box = new VBox(12);
        box.setId("pageAction");
        ToggleGroup group = new ToggleGroup();
        RadioButton publish = new RadioButton(Messages.get("publication.action.publish"));
        publish.setId("actionPublish");
        publish.setToggleGroup(group);
        publish.setUserData(PublicationAction.PUBLISH);
        RadioButton delete = new RadioButton(Messages.get("publication.action.delete"));
        delete.setId("actionDelete");
        delete.setToggleGroup(group);
        delete.setUserData(PublicationAction.DELETE);
        Label deleteHint = new Label(Messages.get("publication.action.deleteHint"));
        deleteHint.setWrapText(true);
        deleteHint.setPadding(new Insets(0, 0, 0, 26));
        deleteHint.visibleProperty().bind(delete.selectedProperty());
        group.selectToggle(model.actionProperty().get() == PublicationAction.DELETE ? delete : publish);
        group.selectedToggleProperty().addListener((obs, o, toggle) ->
                model.actionProperty().set(toggle == null ? null : (PublicationAction) toggle.getUserData()));
        model.actionProperty().addListener((obs, o, value) ->
                group.selectToggle(value == PublicationAction.DELETE ? delete : value == null ? null : publish));
        box.getChildren().addAll(heading("publication.action.header"), publish, delete, deleteHint);
        return box;
    }

    private Node targetsPage() {
        VBox box = new VBox(10);
        box.setId("pageTargets");
        CheckBox selectAll = new CheckBox(Messages.get("publication.targets.selectAll"));
        selectAll.setId("targetsSelectAll");
        selectAll.setOnAction(e -> model.selectAll(selectAll.isSelected()));
        model.allSelectedBinding().addListener((obs, o, all) -> selectAll.setSelected(all));
        VBox list = new VBox(6);
        list.setId("wizardTargets");
        list.setPadding(new Insets(4, 0, 0, 8));
        Runnable fill = () -> {
            list.getChildren().clear();
            addSection(list, "publication.targets.companies", model.targets().stream().filter(t -> !t.family()).toList());
            addSection(list, "publication.targets.families", model.targets().stream().filter(PublicationTarget::family).toList());
            if (model.targets().isEmpty()) {
                list.getChildren().add(new Label(Messages.get("publication.targets.none")));
            }
            selectAll.setSelected(model.allSelectedBinding().get());
        };
        model.targets().addListener((ListChangeListener<PublicationTarget>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated()) {
                    fill.run();
                    return;
                }
            }
        });
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        com.bizsync.ui.common.CheckResultView planned = new com.bizsync.ui.common.CheckResultView("wizard-plan-result",
                model.plannedProperty());
        box.getChildren().addAll(heading("publication.targets.header"), selectAll, new Separator(), scroll, planned);
        return box;
    }

    private static void addSection(VBox list, String titleKey, List<PublicationTarget> section) {
        if (section.isEmpty()) {
            return;
        }
        Label title = new Label(Messages.get(titleKey));
        title.setStyle("-fx-font-weight: bold;");
        list.getChildren().add(title);
        for (PublicationTarget target : section) {
            CheckBox box = new CheckBox(target.label());
            box.setId("target-" + target.code());
            box.selectedProperty().bindBidirectional(target.selectedProperty());
            box.setPadding(new Insets(0, 0, 0, 12));
            list.getChildren().add(box);
        }
    }

    private Node reportPage() {
        VBox box = new VBox(12);
        box.setId("pageReport");
        Label header = new Label();
        header.setId("reportSummary");
        header.setWrapText(true);
        header.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        header.textProperty().bind(model.summaryProperty());
        VBox lines = new VBox(14);
        lines.setId("wizardReport");
        model.reports().addListener((ListChangeListener<TargetReport>) c ->
                lines.getChildren().setAll(model.reports().stream().map(this::reportLine).toList()));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.getChildren().addAll(header, scroll);
        return box;
    }

    /** One company: icon, name, progress bar and current step; then the result sentence and any anomalies. */
    private Node reportLine(TargetReport report) {
        StackPane icon = new StackPane();
        icon.setId("icon-" + report.code());
        icon.setMinWidth(22);
        Label name = new Label(report.label());
        name.setStyle("-fx-font-weight: bold;");
        HBox top = new HBox(10, icon, name);
        top.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-" + report.code());
        bar.setPrefWidth(300);
        bar.progressProperty().bind(report.progressProperty());
        Label step = new Label();
        step.setId("step-" + report.code());
        step.textProperty().bind(Bindings.when(report.outcomeProperty().isEqualTo(TargetReport.Outcome.WAITING))
                .then(Messages.get("publication.report.waiting")).otherwise(report.stepProperty()));
        step.visibleProperty().bind(report.outcomeProperty().isEqualTo(TargetReport.Outcome.WAITING)
                .or(report.outcomeProperty().isEqualTo(TargetReport.Outcome.RUNNING)));
        HBox progress = new HBox(10, bar, step);
        progress.setAlignment(Pos.CENTER_LEFT);

        Label anomalies = new Label(Messages.get("publication.report.anomalies"));
        anomalies.setId("anomalies-" + report.code());
        anomalies.setTextFill(ERROR);
        anomalies.managedProperty().bind(anomalies.visibleProperty());
        anomalies.visibleProperty().bind(report.outcomeProperty().isEqualTo(TargetReport.Outcome.ERROR));
        Label result = new Label();
        result.setId("result-" + report.code());
        result.setWrapText(true);
        result.textProperty().bind(report.messageProperty());
        result.managedProperty().bind(result.visibleProperty());
        result.visibleProperty().bind(report.messageProperty().isNotEmpty());
        VBox details = new VBox(4, progress, anomalies, result);
        details.setPadding(new Insets(0, 0, 0, 32));

        Runnable outcome = () -> {
            TargetReport.Outcome value = report.outcomeProperty().get();
            icon.getChildren().setAll(outcomeIcon(value));
            result.setTextFill(value == TargetReport.Outcome.ERROR ? ERROR : Color.BLACK);
        };
        report.outcomeProperty().addListener((obs, o, n) -> outcome.run());
        outcome.run();
        VBox line = new VBox(4, top, details);
        line.setId("report-" + report.code());
        return line;
    }

    private static Node outcomeIcon(TargetReport.Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> JournalView.statusIcon(JournalEntry.Status.SUCCESS);
            case ERROR -> JournalView.statusIcon(JournalEntry.Status.ERROR);
            case CANCELLED -> icon(MaterialDesignM.MINUS_CIRCLE, "icon-muted");
            case RUNNING -> icon(MaterialDesignC.CLOCK_OUTLINE, "report-running");
            case WAITING -> icon(MaterialDesignC.CIRCLE_OUTLINE, "icon-muted");
        };
    }

    /**
     * Coloured through the console stylesheet's classes: an inline style on an icon makes CSS
     * re-apply the inherited text font to it, and the glyph turns into a box.
     */
    private static FontIcon icon(org.kordamp.ikonli.Ikon ikon, String styleClass) {
        FontIcon icon = Icons.of(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private Node buttons() {
        Button back = new Button(Messages.get("publication.button.back"));
        back.setId("wizardBack");
        back.disableProperty().bind(model.canBackBinding().not());
        back.setOnAction(e -> model.back());
        Button next = new Button(Messages.get("publication.button.next"));
        next.setId("wizardNext");
        next.disableProperty().bind(model.canNextBinding().not());
        next.setOnAction(e -> model.next());
        next.setDefaultButton(true);
        Button finish = new Button(Messages.get("publication.button.finish"));
        finish.setId("wizardFinish");
        finish.disableProperty().bind(model.canFinishBinding().not());
        finish.setOnAction(e -> model.finish());
        Button plan = new Button(Messages.get("publication.button.plan"));
        plan.setId("wizardPlan");
        plan.disableProperty().bind(model.canPlanBinding().not());
        plan.setOnAction(e -> new PlanDialog(model).showFrom(plan));
        Button cancel = new Button();
        cancel.setId("wizardCancel");
        // Cancel stops a running processing; once it is over the same button closes the wizard.
        cancel.textProperty().bind(Bindings.when(model.finishedProperty())
                .then(Messages.get("publication.button.close")).otherwise(Messages.get("publication.button.cancel")));
        cancel.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                cancel.setDisable(true);
            } else {
                onClose.run();
            }
        });
        model.finishedProperty().addListener((obs, o, done) -> cancel.setDisable(false));
        ButtonBar.setButtonData(back, ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonBar.setButtonData(next, ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonBar.setButtonData(finish, ButtonBar.ButtonData.FINISH);
        ButtonBar.setButtonData(plan, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.setButtonOrder("+BXUIC");
        bar.getButtons().addAll(back, next, plan, finish, cancel);
        bar.setPadding(new Insets(10, 16, 12, 16));
        VBox bottom = new VBox(bar);
        bottom.getStyleClass().add("wizard-buttons");
        return bottom;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        return label;
    }
}
