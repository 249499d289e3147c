package com.bizsync.ui;

import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.ConsoleExtensions;
import com.bizsync.ui.common.Dialogs;
import com.bizsync.ui.common.LanguageSwitch;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.Theme;
import com.bizsync.ui.console.ConsoleView;
import com.bizsync.ui.console.ConsoleViewModel;
import com.bizsync.ui.wizard.FirstRunWizard;
import com.bizsync.ui.wizard.WizardView;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The primary window's content: the first-run wizard while the installation is not set up (or a
 * wizard was left unfinished), the console otherwise. Also rebuilds the screen when the
 * language changes, since every text is read from the bundle when a view is built.
 */
public final class Shell {
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 650;
    /** The window's size when it first opens. */
    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;

    private final AppContext context;
    private final ConsoleExtensions extensions;
    private Screen screen;
    private ConsoleView console;
    private FirstRunWizard wizard;

    /** Which screen the window shows. */
    public enum Screen { WIZARD, CONSOLE }

    public Shell(AppContext context, ConsoleExtensions extensions) {
        this.context = context;
        this.extensions = extensions;
    }

    /** Shows the wizard or the console in the primary stage (and sizes the window). */
    public void start() {
        Stage stage = context.owner();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (stage.getScene() == null) {
            var size = com.bizsync.ui.common.ScreenFit.scene(DEFAULT_WIDTH, DEFAULT_HEIGHT);
            stage.setScene(Theme.decorate(new Scene(new javafx.scene.layout.Pane(), size.getWidth(), size.getHeight())));
        }
        // A settings page with unsaved changes asks before the window closes.
        stage.setOnCloseRequest(event -> {
            if (console != null && !console.mayLeave()) {
                event.consume();
            }
        });
        if (FirstRunWizard.isNeeded(context.settings())) {
            showWizard();
        } else {
            showConsole();
        }
    }

    public void showWizard() {
        screen = Screen.WIZARD;
        console = null;
        wizard = new FirstRunWizard(context);
        WizardView view = new WizardView(wizard, LanguageSwitch.create(context, this::relocalize), this::wizardFinished);
        wizard.start();
        show(view, Texts.t("wizard.title"));
    }

    public void showConsole() {
        showConsole(new ConsoleViewModel(context));
    }

    /** The console on this state: a language switch rebuilds the texts, not the lists and selection. */
    private void showConsole(ConsoleViewModel model) {
        screen = Screen.CONSOLE;
        wizard = null;
        console = new ConsoleView(model, extensions, LanguageSwitch.create(context,
                () -> console == null || console.mayLeave(), this::relocalize));
        show(console, Texts.t("app.title"));
    }

    private void wizardFinished() {
        showConsole();
        ConsoleView shown = console;
        // Offered, not forced: the administrator may prefer to check the settings first; yes by default.
        javafx.application.Platform.runLater(() -> {
            if (Dialogs.offer(context.owner(), Texts.t("wizard.publishNow"))) {
                shown.model().publishAll();
            }
        });
    }

    private void relocalize() {
        if (screen == Screen.WIZARD) {
            int step = wizard.currentIndex();
            showWizard();
            wizard.goToStep(step);
        } else {
            // Same model: the folder, the lists and the selected rows stay; nothing is read again.
            ConsoleView previous = console;
            previous.detach();
            showConsole(previous.model());
        }
    }

    private void show(Parent root, String title) {
        Stage stage = context.owner();
        stage.getScene().setRoot(root);
        stage.setTitle(title);
    }

    public Screen screen() {
        return screen;
    }

    /** The console on screen, or null while the wizard is shown (tests drive its view model). */
    public ConsoleView console() {
        return console;
    }

    public FirstRunWizard wizard() {
        return wizard;
    }
}
