package com.bizsync.ui.console;

import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.MobileUser;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResultView;
import com.bizsync.ui.common.ConsoleExtensions;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Tables;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.CompanyFormModel;
import com.bizsync.ui.forms.CompanyFormView;
import com.bizsync.ui.forms.FamilyFormModel;
import com.bizsync.ui.forms.FamilyFormView;
import com.bizsync.ui.forms.UserFormModel;
import com.bizsync.ui.forms.UserFormView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignQ;

/**
 * The console window in three parts, as in the original: the folder tree on the left, the list
 * (or settings page) of the selected folder in the middle, the actions for the selection on the
 * right; a toolbar on top and the outcome of the last action at the bottom.
 */
public final class ConsoleView extends BorderPane {
    private final ConsoleViewModel model;
    private final ConsoleExtensions extensions;
    private final SettingsPages settingsPages;
    private final StackPane centre = new StackPane();
    private final VBox actions = new VBox();
    private final TableView<Company> companies;
    private final TableView<Family> families;
    private final TableView<MobileUser> users;
    private final Map<ConsoleFolder, TreeItem<ConsoleFolder>> items = new EnumMap<>(ConsoleFolder.class);
    private final TreeView<ConsoleFolder> tree;
    private SplitPane split;
    private static final javafx.css.PseudoClass ATTENTION = javafx.css.PseudoClass.getPseudoClass("attention");
    private javafx.beans.value.ChangeListener<Object> schedulerShown;
    private final javafx.beans.value.ChangeListener<ConsoleFolder> folderShown = (obs, old, now) -> show(now);

    public ConsoleView(ConsoleViewModel model, ConsoleExtensions extensions, Node languageSwitch) {
        this.model = model;
        this.extensions = extensions;
        this.settingsPages = new SettingsPages(model);
        setId("console");
        companies = companiesTable();
        families = familiesTable();
        users = usersTable();

        tree = folderTree();
        centre.getStyleClass().add("console-center");
        actions.getStyleClass().add("console-actions");
        actions.setId("console-actions");
        split = new SplitPane(tree, centre, actions);
        split.setDividerPositions(0.2, 0.8);
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(actions, false);
        setCenter(split);
        setTop(new VBox(toolbar(languageSwitch), new AlertBanner(model.incidents())));
        setBottom(statusBar());

        model.folder().addListener(folderShown);
        show(model.folder().get());
        tree.getSelectionModel().select(items.get(model.folder().get()));
    }

    public ConsoleViewModel model() {
        return model;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ---- Top and bottom ----

    private ToolBar toolbar(Node languageSwitch) {
        Button publish = Icons.button("toolbar-publish", "console.toolbar.publish", MaterialDesignC.CLOUD_UPLOAD);
        publish.setOnAction(e -> extensions.openPublicationWizard(model.context()));
        Button preview = Icons.button("toolbar-preview", "console.toolbar.preview", MaterialDesignE.EYE);
        preview.setOnAction(e -> extensions.openPreview(model.context(), selectedCode()));
        Button support = Icons.button("toolbar-support", "console.toolbar.support", MaterialDesignL.LIFEBUOY);
        support.setOnAction(e -> extensions.openSupportBundle(model.context()));
        Button about = Icons.button("toolbar-about", "console.toolbar.about", MaterialDesignI.INFORMATION_OUTLINE);
        about.setOnAction(e -> AboutDialog.show(window()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(publish, preview, support, about, spacer, languageSwitch);
    }

    private Node statusBar() {
        Label progress = new Label();
        progress.setId("console-progress");
        progress.textProperty().bind(model.progress());
        CheckResultView status = new CheckResultView("console-status", model.status());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        com.bizsync.ui.forms.SchedulerStateLabel scheduler = new com.bizsync.ui.forms.SchedulerStateLabel(
                "scheduler-state", model.scheduler(), false);
        HBox bar = new HBox(10, model.busy().indicator(), progress, status, gap, scheduler);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setMinHeight(34);
        return bar;
    }

    private Optional<String> selectedCode() {
        return switch (model.folder().get()) {
            case FAMILIES -> Optional.ofNullable(model.selectedFamily().get()).map(Family::code);
            default -> Optional.ofNullable(model.selectedCompany().get()).map(Company::code);
        };
    }

    // ---- Left: the folder tree ----

    private TreeView<ConsoleFolder> folderTree() {
        for (ConsoleFolder folder : ConsoleFolder.values()) {
            TreeItem<ConsoleFolder> item = new TreeItem<>(folder);
            item.setExpanded(true);
            items.put(folder, item);
            if (folder.parent() != null) {
                items.get(folder.parent()).getChildren().add(item);
            }
        }
        TreeView<ConsoleFolder> view = new TreeView<>(items.get(ConsoleFolder.ROOT));
        view.setId("console-tree");
        view.getStyleClass().add("console-tree");
        view.setMinWidth(210);
        view.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(ConsoleFolder folder, boolean empty) {
                super.updateItem(folder, empty);
                if (empty || folder == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(Texts.t(folder.key()));
                    boolean warn = folder == ConsoleFolder.SCHEDULE && model.scheduler().get() != null
                            && model.scheduler().get().needsAttention();
                    // A schedule nobody carries out is flagged where the administrator looks for it.
                    setGraphic(Icons.of(warn ? org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT : folder.icon()));
                    pseudoClassStateChanged(ATTENTION, warn);
                    setId(folder.nodeId());
                }
            }
        });
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null || now.getValue() == model.folder().get()) {
                return;
            }
            if (mayLeave()) {
                model.folder().set(now.getValue());
            } else {
                // Back on the page the user stays on (after this selection change is over).
                javafx.application.Platform.runLater(() -> view.getSelectionModel().select(items.get(model.folder().get())));
            }
        });
        schedulerShown = (obs, old, now) -> view.refresh();
        model.scheduler().addListener(schedulerShown);
        return view;
    }

    /**
     * Lets go of the model before a new view is built on it (language switch): this view stops
     * following the selected folder and the selection.
     */
    public void detach() {
        model.folder().removeListener(folderShown);
        model.scheduler().removeListener(schedulerShown);
        model.selectedCompany().unbind();
        model.selectedFamily().unbind();
        model.selectedUser().unbind();
    }

    /**
     * Whether the folder shown may be left: a settings page with unsaved changes asks first
     * (Enregistrer / Ne pas enregistrer / Annuler). Also asked before the window closes.
     */
    public boolean mayLeave() {
        ConsoleFolder folder = model.folder().get();
        if (!settingsPages.dirty(folder)) {
            return true;
        }
        String question = Texts.t("unsaved.page", Texts.t(folder.key()));
        return switch (Dialogs.askToSave(window(), question)) {
            case SAVE -> settingsPages.saveAndReport(folder);
            case DISCARD -> {
                settingsPages.reload(folder);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Selects a folder as if clicked in the tree. */
    public void select(ConsoleFolder folder) {
        tree.getSelectionModel().select(items.get(folder));
    }

    // ---- Middle and right: per folder ----

    private void show(ConsoleFolder folder) {
        model.report(null);
        Node content;
        List<Button> buttons;
        switch (folder) {
            case CONNECTION -> {
                content = page(folder, settingsPages.connection());
                buttons = new java.util.ArrayList<>(settingsPages.connectionActions());
                buttons.add(wipeAction());
            }
            case PROXY -> {
                content = page(folder, settingsPages.proxy());
                buttons = settingsPages.proxyActions();
            }
            case SCHEDULE -> {
                content = page(folder, settingsPages.schedule());
                buttons = settingsPages.scheduleActions();
            }
            case ALERTS -> {
                content = page(folder, settingsPages.alerts());
                buttons = settingsPages.alertsActions();
            }
            case COMPANIES -> {
                content = titled(folder, companies);
                buttons = companyActions();
            }
            case FAMILIES -> {
                content = titled(folder, families);
                buttons = familyActions();
            }
            case USERS -> {
                content = titled(folder, users);
                buttons = userActions();
            }
            case JOURNAL -> {
                content = extensions.journalView(model.context());
                buttons = List.of();
            }
            case ROOT -> {
                content = overview(folder);
                buttons = List.of(wipeAction());
            }
            default -> {
                content = overview(folder);
                buttons = List.of();
            }
        }
        centre.getChildren().setAll(content);
        // The publication log has no actions of its own (its filters and export are in it): give it the room.
        boolean withActions = folder != ConsoleFolder.JOURNAL;
        if (withActions && !split.getItems().contains(actions)) {
            split.getItems().add(actions);
            split.setDividerPositions(0.2, 0.8);
        } else if (!withActions) {
            split.getItems().remove(actions);
        }
        Label title = new Label(Texts.t("console.actions"));
        title.getStyleClass().add("section-title");
        actions.getChildren().setAll(title);
        buttons.forEach(button -> button.setMaxWidth(Double.MAX_VALUE));
        actions.getChildren().addAll(buttons);
        if (buttons.isEmpty()) {
            Label none = new Label(Texts.t("console.actions.none"));
            none.getStyleClass().add("hint");
            actions.getChildren().add(none);
        }
    }

    private Node titled(ConsoleFolder folder, TableView<?> table) {
        Label title = new Label(Texts.t(folder.key()), Icons.of(folder.icon()));
        title.getStyleClass().add("page-title");
        VBox box = new VBox(10, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** A settings page under its title, scrolling when the window is small. */
    private Node page(ConsoleFolder folder, Node form) {
        Label title = new Label(Texts.t(folder.key()), Icons.of(folder.icon()));
        title.getStyleClass().add("page-title");
        // Tabs scroll inside each tab (SettingsPages), a plain form scrolls as a whole.
        Node body = form instanceof javafx.scene.control.TabPane ? form : SettingsPages.scrolling(form);
        VBox box = new VBox(10, title, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    private Node overview(ConsoleFolder folder) {
        Label title = new Label(Texts.t(folder.key()), Icons.of(folder.icon()));
        title.getStyleClass().add("page-title");
        Label text = new Label(Texts.t(folder == ConsoleFolder.SETTINGS ? "console.settings.overview"
                : "console.root.overview"));
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        return new VBox(12, title, text);
    }

    /** "Delete all my data from the platform": the customer's whole account there, after a confirmation. */
    private Button wipeAction() {
        Button wipe = Icons.button("action-wipe-platform", "console.action.wipePlatform", MaterialDesignD.DELETE_FOREVER);
        wipe.getStyleClass().add("danger");
        wipe.setOnAction(e -> {
            String customer = model.context().settings().portal().customerCode();
            if (Dialogs.confirm(window(), Texts.t("console.confirm.wipePlatform", customer))) {
                model.deleteAllPlatformData();
            }
        });
        wipe.disableProperty().bind(model.busy().runningProperty());
        return wipe;
    }

    /** « Supprimer les données publiées » of the selected company or family, after a confirmation naming it. */
    private Button unpublishAction(String id, String confirmKey, Supplier<String> code, Supplier<String> name) {
        Button unpublish = Icons.button(id, "console.action.unpublish", MaterialDesignC.CLOUD_OFF_OUTLINE);
        unpublish.setOnAction(e -> {
            if (Dialogs.confirm(window(), Texts.t(confirmKey, code.get(), name.get()))) {
                model.deletePublication(code.get());
            }
        });
        return unpublish;
    }

    // ---- Companies ----

    private TableView<Company> companiesTable() {
        TableView<Company> table = table("companies-table", model.companies(), "console.companies.empty");
        table.getColumns().add(Tables.column("company.column.code", Company::code, 110));
        table.getColumns().add(Tables.column("company.column.name", Company::name, 200));
        table.getColumns().add(Tables.pathColumn("company.column.accounting", Company::accountingDatabase, 180));
        table.getColumns().add(Tables.pathColumn("company.column.commercial", Company::commercialDatabase, 180));
        table.getColumns().add(Tables.column("company.column.views", c -> String.valueOf(c.views().size()), 70));
        table.getColumns().add(incidentColumn(Company::code));
        follow(table, model.selectedCompany());
        onOpen(table, this::openCompany, Company::code);
        return table;
    }

    private List<Button> companyActions() {
        Button create = Icons.button("action-company-new", "console.action.newCompany", MaterialDesignP.PLUS);
        create.setOnAction(e -> editCompany(null));
        Button open = Icons.button("action-company-open", "console.action.open", MaterialDesignP.PENCIL);
        open.setOnAction(e -> openCompany());
        Button publish = Icons.button("action-company-publish", "console.action.publish", MaterialDesignC.CLOUD_UPLOAD);
        publish.setOnAction(e -> model.publish(model.selectedCompany().get().code()));
        Button unpublish = unpublishAction("action-company-unpublish", "console.confirm.unpublish",
                () -> model.selectedCompany().get().code(), () -> model.selectedCompany().get().name());
        Button delete = Icons.button("action-company-delete", "console.action.delete", MaterialDesignD.DELETE);
        delete.setOnAction(e -> {
            Company company = model.selectedCompany().get();
            if (Dialogs.confirm(window(), Texts.t("console.confirm.deleteCompany", company.code(), company.name()))) {
                model.deleteCompany(company.code());
            }
        });
        for (Button button : List.of(open, publish, unpublish, delete)) {
            button.disableProperty().bind(model.selectedCompany().isNull().or(model.busy().runningProperty()));
        }
        return List.of(create, open, publish, unpublish, delete);
    }

    private void openCompany() {
        if (model.selectedCompany().get() != null) {
            editCompany(model.selectedCompany().get());
        }
    }

    private void editCompany(Company company) {
        CompanyFormModel form = new CompanyFormModel(model.context(), new Busy(model.context().background()));
        if (company != null) {
            form.edit(company);
        }
        String title = company == null ? Texts.t("company.dialog.new") : Texts.t("company.dialog.edit", company.code());
        if (EditorDialog.show(window(), "company-dialog", title, CompanyFormView.tabs(form), form)) {
            model.refresh();
            model.report(new com.bizsync.ui.common.CheckResult(true, Texts.t("console.company.saved", form.code().text())));
        }
    }

    // ---- Families ----

    private TableView<Family> familiesTable() {
        TableView<Family> table = table("families-table", model.families(), "console.families.empty");
        table.getColumns().add(Tables.column("family.column.code", Family::code, 110));
        table.getColumns().add(Tables.column("family.column.name", Family::name, 200));
        table.getColumns().add(Tables.column("family.column.members", f -> String.join(", ", f.companyCodes()), 260));
        table.getColumns().add(Tables.column("company.column.views", f -> String.valueOf(f.views().size()), 70));
        table.getColumns().add(incidentColumn(Family::code));
        follow(table, model.selectedFamily());
        onOpen(table, this::openFamily, Family::code);
        return table;
    }

    private List<Button> familyActions() {
        Button create = Icons.button("action-family-new", "console.action.newFamily", MaterialDesignP.PLUS);
        create.setOnAction(e -> editFamily(null));
        Button open = Icons.button("action-family-open", "console.action.open", MaterialDesignP.PENCIL);
        open.setOnAction(e -> openFamily());
        Button publish = Icons.button("action-family-publish", "console.action.publish", MaterialDesignC.CLOUD_UPLOAD);
        publish.setOnAction(e -> model.publish(model.selectedFamily().get().code()));
        Button unpublish = unpublishAction("action-family-unpublish", "console.confirm.unpublishFamily",
                () -> model.selectedFamily().get().code(), () -> model.selectedFamily().get().name());
        Button delete = Icons.button("action-family-delete", "console.action.delete", MaterialDesignD.DELETE);
        delete.setOnAction(e -> {
            Family family = model.selectedFamily().get();
            if (Dialogs.confirm(window(), Texts.t("console.confirm.deleteFamily", family.code(), family.name()))) {
                model.deleteFamily(family.code());
            }
        });
        for (Button button : List.of(open, publish, unpublish, delete)) {
            button.disableProperty().bind(model.selectedFamily().isNull().or(model.busy().runningProperty()));
        }
        create.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.companies()));
        return List.of(create, open, publish, unpublish, delete);
    }

    private void openFamily() {
        if (model.selectedFamily().get() != null) {
            editFamily(model.selectedFamily().get());
        }
    }

    private void editFamily(Family family) {
        FamilyFormModel form = new FamilyFormModel(model.context(), new Busy(model.context().background()));
        if (family != null) {
            form.edit(family);
        }
        String title = family == null ? Texts.t("family.dialog.new") : Texts.t("family.dialog.edit", family.code());
        if (EditorDialog.show(window(), "family-dialog", title, FamilyFormView.tabs(form), form)) {
            model.refresh();
            model.report(new com.bizsync.ui.common.CheckResult(true, Texts.t("console.family.saved", form.code().text())));
        }
    }

    // ---- Users ----

    private TableView<MobileUser> usersTable() {
        TableView<MobileUser> table = table("users-table", model.users(), "console.users.empty");
        table.getColumns().add(Tables.column("user.column.login", MobileUser::login, 140));
        table.getColumns().add(Tables.column("user.column.name", MobileUser::name, 200));
        table.getColumns().add(Tables.column("user.column.companies",
                u -> String.join(", ", new TreeSet<>(u.grants().keySet())), 260));
        follow(table, model.selectedUser());
        onOpen(table, this::openUser);
        return table;
    }

    private List<Button> userActions() {
        Button create = Icons.button("action-user-new", "console.action.newUser", MaterialDesignA.ACCOUNT_PLUS);
        create.setOnAction(e -> editUser(null));
        Button open = Icons.button("action-user-open", "console.action.open", MaterialDesignP.PENCIL);
        open.setOnAction(e -> openUser());
        Button delete = Icons.button("action-user-delete", "console.action.delete", MaterialDesignD.DELETE);
        delete.setOnAction(e -> {
            MobileUser user = model.selectedUser().get();
            if (Dialogs.confirm(window(), Texts.t("console.confirm.deleteUser", user.login(), user.name()))) {
                model.deleteUser(user.login());
            }
        });
        Button info = Icons.button("action-user-info", "console.action.connectionInfo", MaterialDesignQ.QRCODE);
        info.setOnAction(e -> ConnectionInfoView.show(window(),
                new ConnectionInfoModel(model.context().settings().portal(), model.selectedUser().get())));
        for (Button button : List.of(open, delete, info)) {
            button.disableProperty().bind(model.selectedUser().isNull().or(model.busy().runningProperty()));
        }
        return List.of(create, open, delete, info);
    }

    private void openUser() {
        if (model.selectedUser().get() != null) {
            editUser(model.selectedUser().get());
        }
    }

    private void editUser(MobileUser user) {
        UserFormModel form = new UserFormModel(model.context().settings());
        if (user != null) {
            form.edit(user);
        }
        String title = user == null ? Texts.t("user.dialog.new") : Texts.t("user.dialog.edit", user.login());
        if (EditorDialog.show(window(), "user-dialog", title, UserFormView.tabs(form), form)) {
            model.refresh();
            // The platform checks sign-ins against the users it was sent: send them now.
            model.publishUsers();
        }
    }

    // ---- Table helpers ----

    /**
     * The model's selection follows the table's; a row the model already had selected (the view
     * is rebuilt for another language) is selected again.
     */
    private static <T> void follow(TableView<T> table, javafx.beans.property.ObjectProperty<T> selected) {
        T kept = selected.get();
        selected.bind(table.getSelectionModel().selectedItemProperty());
        if (kept != null && table.getItems().contains(kept)) {
            table.getSelectionModel().select(kept);
        }
    }

    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items, String emptyKey) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(Texts.t(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepHeadersWhole(table);
        return table;
    }

    /** What an open incident says in the company's (or family's) row, until it recovers. */
    private <T> TableColumn<T, String> incidentColumn(Function<T, String> code) {
        TableColumn<T, String> column = Tables.column("company.column.alert", t -> "", 140);
        column.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(
                () -> model.incident(code.apply(cell.getValue())).map(AlertBanner::mark).orElse(""), model.incidents()));
        column.setPrefWidth(220);
        return column;
    }

    private <T> void onOpen(TableView<T> table, Runnable open, Function<T, String> code) {
        onOpen(table, open);
        // Rows of a company in incident are marked (style class) until it recovers.
        javafx.util.Callback<TableView<T>, TableRow<T>> opening = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<T> row = opening.call(t);
            Runnable mark = () -> {
                Optional<com.bizsync.alerts.Incident> incident = row.getItem() == null ? Optional.empty()
                        : model.incident(code.apply(row.getItem()));
                row.pseudoClassStateChanged(AlertBanner.INCIDENT, incident.isPresent());
                row.setTooltip(incident.map(i -> new javafx.scene.control.Tooltip(AlertBanner.line(i))).orElse(null));
            };
            row.itemProperty().addListener((obs, old, now) -> mark.run());
            model.incidents().addListener((javafx.collections.ListChangeListener<Object>) change -> mark.run());
            return row;
        });
    }

    /** Double-click or Enter on a row opens it, as "Ouvrir" does. */
    private static <T> void onOpen(TableView<T> table, Runnable open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.run();
            }
        });
    }

}
