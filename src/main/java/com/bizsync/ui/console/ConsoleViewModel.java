package com.bizsync.ui.console;

import com.bizsync.alerts.Incident;
import com.bizsync.engine.Cancellation;
import com.bizsync.engine.Engine;
import com.bizsync.engine.SchedulerState;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.ProgressListener;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.MobileUser;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * State of the console: the selected folder, the lists it shows, the selection, and the actions
 * on it. Engine work runs through {@link Busy}; its outcome becomes the sentence of the status bar.
 */
public final class ConsoleViewModel {
    private final AppContext context;
    private final Busy busy;
    private final ObjectProperty<ConsoleFolder> folder = new SimpleObjectProperty<>(ConsoleFolder.COMPANIES);
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final ObservableList<Family> families = FXCollections.observableArrayList();
    private final ObservableList<MobileUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<Company> selectedCompany = new SimpleObjectProperty<>();
    private final ObjectProperty<Family> selectedFamily = new SimpleObjectProperty<>();
    private final ObjectProperty<MobileUser> selectedUser = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckResult> status = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    /** Late publications are noticed while the console stays open, and mails owed are retried. */
    private final Timeline alertReview = new Timeline(new KeyFrame(Duration.minutes(5), e -> reviewAlerts()));
    private final ObjectProperty<SchedulerState> scheduler = new SimpleObjectProperty<>();
    /** The runner's heartbeat comes every 20 s: read as often, so a stopped runner shows within a minute. */
    private final Timeline schedulerWatch = new Timeline(new KeyFrame(Duration.seconds(20), e -> readScheduler()));

    public ConsoleViewModel(AppContext context) {
        this.context = context;
        this.busy = new Busy(context.background());
        refresh();
        reviewAlerts();
        alertReview.setCycleCount(Timeline.INDEFINITE);
        alertReview.play();
        readScheduler();
        schedulerWatch.setCycleCount(Timeline.INDEFINITE);
        schedulerWatch.play();
    }

    /** Reads the background runner's state off the FX thread (the settings file may be busy). */
    public void readScheduler() {
        Engine engine = context.engine();
        if (engine == null) {
            return;
        }
        try {
            context.background().submit(() -> {
                SchedulerState state = engine.schedulerState();
                javafx.application.Platform.runLater(() -> scheduler.set(state));
                return null;
            });
        } catch (RejectedExecutionException closing) {
            // The console is closing.
        }
    }

    /** Whether the schedule is carried out; null until first read. */
    public ObjectProperty<SchedulerState> scheduler() {
        return scheduler;
    }

    public void refresh() {
        companies.setAll(context.settings().companies());
        families.setAll(context.settings().families());
        users.setAll(context.settings().users());
        if (context.engine() != null) {
            incidents.setAll(context.engine().incidents());
        }
    }

    /**
     * Opens incidents for late publications and sends the mails owed, off the FX thread (it may
     * wait for the SMTP server); the banner and the marks follow.
     */
    public void reviewAlerts() {
        Engine engine = context.engine();
        if (engine == null) {
            return;
        }
        try {
            context.background().submit(() -> {
                List<Incident> open = engine.reviewAlerts();
                javafx.application.Platform.runLater(() -> incidents.setAll(open));
                return null;
            });
        } catch (RejectedExecutionException closing) {
            // The console is closing: nothing to show any more.
        }
    }

    /** Companies and families in incident, for the banner and the marks in the lists. */
    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public Optional<Incident> incident(String code) {
        return incidents.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Sends the selected company (or family) to the platform now. */
    public CompletableFuture<OperationResult> publish(String code) {
        return single(() -> context.engine().publish(code, listener(), Cancellation.none()));
    }

    /** Removes the last publication of this company (or family) from the platform. */
    public CompletableFuture<OperationResult> deletePublication(String code) {
        return single(() -> context.engine().deletePublication(code, listener(), Cancellation.none()));
    }

    /**
     * Removes everything this customer has on the platform: every publication and the mobile users
     * (the view asked for confirmation). The settings stay: publishing again sends it all back.
     */
    public CompletableFuture<OperationResult> deleteAllPlatformData() {
        String customer = context.settings().portal().customerCode();
        return run(() -> context.engine().deleteAllPlatformData(listener(), Cancellation.none()), customer);
    }

    /** Removes the published data, then the company itself (the view asked for confirmation). */
    public CompletableFuture<OperationResult> deleteCompany(String code) {
        return single(() -> context.engine().deleteCompany(code, listener(), Cancellation.none()));
    }

    /** Removes a family's publication, then the family from the settings. */
    public CompletableFuture<OperationResult> deleteFamily(String code) {
        return single(() -> {
            OperationResult removed = context.engine().deletePublication(code, listener(), Cancellation.none());
            if (removed.success()) {
                context.settings().deleteFamily(code);
            }
            return removed;
        });
    }

    /** Removes a mobile user, then sends the remaining users so the platform forgets them too. */
    public CompletableFuture<OperationResult> deleteUser(String login) {
        context.settings().deleteUser(login);
        refresh();
        return publishUsers();
    }

    /** Sends the mobile users and their grants (after a user was created, changed or removed). */
    public CompletableFuture<OperationResult> publishUsers() {
        return single(() -> context.engine().publishUsers());
    }

    /** Publishes every company and family: the status says how many succeeded, or the first failure. */
    public CompletableFuture<List<OperationResult>> publishAll() {
        status.set(null);
        return busy.run(() -> context.engine().publishAll(listener(), Cancellation.none()), results -> {
            progress.set("");
            refresh();
            long failed = results.stream().filter(r -> !r.success()).count();
            if (failed == 0) {
                // Names what was published: "(BIJOU, CAVES, GROUPE)".
                List<String> codes = results.stream().map(OperationResult::company).filter(c -> !c.isBlank()).toList();
                status.set(new CheckResult(true, Texts.t("console.publishAll.done", results.size(),
                        codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")")));
            } else {
                OperationResult first = results.stream().filter(r -> !r.success()).findFirst().orElseThrow();
                status.set(new CheckResult(false, named(first.company(), first.message())));
            }
        }, this::failed);
    }

    private CompletableFuture<OperationResult> single(Supplier<OperationResult> work) {
        return run(work, null);
    }

    /**
     * Runs one engine operation; its sentence becomes the status, named after the company it was
     * about (or {@code subject} for an operation on no company in particular).
     */
    private CompletableFuture<OperationResult> run(Supplier<OperationResult> work, String subject) {
        status.set(null);
        return busy.run(work::get, result -> {
            progress.set("");
            refresh();
            String about = result.company().isBlank() && subject != null ? subject : result.company();
            status.set(new CheckResult(result.success(), named(about, result.message())));
        }, this::failed);
    }

    /** "BIJOU : 17 vues publiées…": a status line says which company it is about. */
    private static String named(String company, String sentence) {
        return company == null || company.isBlank() ? sentence : Texts.t("console.status.named", company, sentence);
    }

    private void failed(String sentence) {
        progress.set("");
        refresh();
        status.set(new CheckResult(false, sentence));
    }

    /** Progress arrives on the engine's thread: hand it to the FX thread. */
    private ProgressListener listener() {
        return (company, fraction, step) -> javafx.application.Platform.runLater(() -> progress.set(
                named(company, step)));
    }

    public void report(CheckResult result) {
        status.set(result);
    }

    public AppContext context() {
        return context;
    }

    public Busy busy() {
        return busy;
    }

    public ObjectProperty<ConsoleFolder> folder() {
        return folder;
    }

    public ObservableList<Company> companies() {
        return companies;
    }

    public ObservableList<Family> families() {
        return families;
    }

    public ObservableList<MobileUser> users() {
        return users;
    }

    public ObjectProperty<Company> selectedCompany() {
        return selectedCompany;
    }

    public ObjectProperty<Family> selectedFamily() {
        return selectedFamily;
    }

    public ObjectProperty<MobileUser> selectedUser() {
        return selectedUser;
    }

    public ObjectProperty<CheckResult> status() {
        return status;
    }

    public StringProperty progress() {
        return progress;
    }
}
