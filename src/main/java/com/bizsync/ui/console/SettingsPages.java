package com.bizsync.ui.console;

import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.AlertFormModel;
import com.bizsync.ui.forms.AlertFormView;
import com.bizsync.ui.forms.DatabaseFormModel;
import com.bizsync.ui.forms.DatabaseFormView;
import com.bizsync.ui.forms.PortalFormModel;
import com.bizsync.ui.forms.PortalFormView;
import com.bizsync.ui.forms.ProxyFormModel;
import com.bizsync.ui.forms.ProxyFormView;
import com.bizsync.ui.forms.ScheduleFormModel;
import com.bizsync.ui.forms.ScheduleFormView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The settings folders of the console (Connexion, Proxy, Planification, Alertes): the form in the middle,
 * Save and Reload on the right. Saving goes through the store's own validation.
 */
final class SettingsPages {
    private final ConsoleViewModel console;
    private final PortalFormModel portal;
    private final DatabaseFormModel database;
    private final ProxyFormModel proxy;
    private final ScheduleFormModel schedule;
    private final AlertFormModel alerts;

    SettingsPages(ConsoleViewModel console) {
        this.console = console;
        var context = console.context();
        portal = new PortalFormModel(context, new Busy(context.background()));
        database = new DatabaseFormModel(context, new Busy(context.background()));
        proxy = new ProxyFormModel(context, new Busy(context.background()), context.settings()::portal);
        schedule = new ScheduleFormModel(context.settings());
        schedule.runner().bind(console.scheduler());
        alerts = new AlertFormModel(context, new Busy(context.background()));
    }

    Node connection() {
        portal.load();
        database.load();
        Tab portalTab = new Tab(Texts.t("connection.tab.portal"), scrolling(new PortalFormView(portal)));
        portalTab.setId("connection-tab-portal");
        Tab databaseTab = new Tab(Texts.t("connection.tab.database"), scrolling(new DatabaseFormView(database)));
        databaseTab.setId("connection-tab-database");
        TabPane tabs = new TabPane(portalTab, databaseTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** A form that scrolls when the window is small, following the keyboard focus. */
    static Node scrolling(Node form) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setStyle("-fx-padding: 12 0 0 0;");
        com.bizsync.ui.common.ScrollIntoView.follow(scroll);
        return scroll;
    }

    List<Button> connectionActions() {
        return actions(ConsoleFolder.CONNECTION);
    }

    Node proxy() {
        proxy.load();
        return new ProxyFormView(proxy);
    }

    List<Button> proxyActions() {
        return actions(ConsoleFolder.PROXY);
    }

    Node schedule() {
        schedule.load();
        return new ScheduleFormView(schedule);
    }

    List<Button> scheduleActions() {
        return actions(ConsoleFolder.SCHEDULE);
    }

    /** Whether the page of this folder holds changes not saved yet (false for other folders). */
    boolean dirty(ConsoleFolder folder) {
        return switch (folder) {
            case CONNECTION -> portal.changes().dirty() || database.changes().dirty();
            case PROXY -> proxy.changes().dirty();
            case SCHEDULE -> schedule.changes().dirty();
            case ALERTS -> alerts.changes().dirty();
            default -> false;
        };
    }

    /**
     * Saves the page of this folder: false, with every reason shown, when it is not valid. The
     * store may still refuse it with a sentence ({@code UserError}).
     */
    boolean save(ConsoleFolder folder) {
        switch (folder) {
            case CONNECTION -> {
                if (!portal.valid().get() || !database.valid().get()) {
                    portal.reveal();
                    database.reveal();
                    return false;
                }
                portal.save();
                database.save();
            }
            case PROXY -> {
                if (!proxy.valid().get()) {
                    proxy.reveal();
                    return false;
                }
                proxy.save();
            }
            case SCHEDULE -> {
                if (!schedule.valid().get()) {
                    schedule.firstRun().reveal();
                    schedule.page().reveal();
                    return false;
                }
                schedule.save();
                // The next run shown in the status bar and on the page follows the new schedule.
                console.readScheduler();
            }
            case ALERTS -> {
                if (!alerts.valid().get()) {
                    alerts.reveal();
                    return false;
                }
                alerts.save();
            }
            default -> {
                return true;
            }
        }
        return true;
    }

    /** Drops the page's unsaved changes: the saved settings again. */
    void reload(ConsoleFolder folder) {
        switch (folder) {
            case CONNECTION -> {
                portal.load();
                database.load();
            }
            case PROXY -> proxy.load();
            case SCHEDULE -> schedule.load();
            case ALERTS -> alerts.load();
            default -> {
                // Not a settings page: nothing to drop.
            }
        }
    }

    /**
     * Saves the page (as its Save button does) and reports the outcome in the status bar.
     * @return true when saved
     */
    boolean saveAndReport(ConsoleFolder folder) {
        try {
            boolean saved = save(folder);
            console.report(saved ? new CheckResult(true, Texts.t("console.settings.saved"))
                    : new CheckResult(false, Texts.t("dialog.fixFields")));
            return saved;
        } catch (RuntimeException failure) {
            console.report(new CheckResult(false, Failures.sentence(failure)));
            return false;
        }
    }

    Node alerts() {
        alerts.load();
        return new AlertFormView(alerts);
    }

    List<Button> alertsActions() {
        return actions(ConsoleFolder.ALERTS);
    }

    /** Save (validated; a refusal becomes the status sentence) and Reload (drops unsaved edits). */
    private List<Button> actions(ConsoleFolder folder) {
        Button saveButton = Icons.button("settings-save", "console.action.save", MaterialDesignC.CONTENT_SAVE);
        saveButton.setDefaultButton(true);
        saveButton.setOnAction(e -> saveAndReport(folder));
        Button reloadButton = Icons.button("settings-reload", "console.action.reload", MaterialDesignU.UNDO);
        reloadButton.setOnAction(e -> {
            reload(folder);
            console.report(null);
        });
        return List.of(saveButton, reloadButton);
    }
}
