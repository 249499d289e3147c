package com.bizsync.ui.publication;

import com.bizsync.engine.Cancellation;
import com.bizsync.engine.Engine;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.ProgressListener;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.SettingsStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the publication wizard ("Assistant de publication"): page 1 the settings
 * checklist, page 2 publish or delete, page 3 the companies, page 4 the processing report.
 * {@link #finish()} runs one engine operation per chosen company, one after the other, off
 * the FX thread; progress and results come back to the FX thread.
 */
public final class PublicationWizardViewModel {
    public static final int PAGE_SETTINGS = 0;
    public static final int PAGE_ACTION = 1;
    public static final int PAGE_TARGETS = 2;
    public static final int PAGE_REPORT = 3;

    private static final Logger LOG = LoggerFactory.getLogger(PublicationWizardViewModel.class);

    private final SettingsStore store;
    private final Engine engine;
    private final Executor background;

    private final IntegerProperty page = new SimpleIntegerProperty(PAGE_SETTINGS);
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final BooleanProperty requiredSettingsDone = new SimpleBooleanProperty();
    private final ObjectProperty<PublicationAction> action = new SimpleObjectProperty<>(PublicationAction.PUBLISH);
    private final ObservableList<PublicationTarget> targets = FXCollections.observableArrayList(
            t -> new javafx.beans.Observable[] {t.selectedProperty()});
    private final BooleanBinding anySelected = Bindings.createBooleanBinding(
            () -> targets.stream().anyMatch(PublicationTarget::isSelected), targets);
    private final BooleanBinding allSelected = Bindings.createBooleanBinding(
            () -> !targets.isEmpty() && targets.stream().allMatch(PublicationTarget::isSelected), targets);

    private final ObservableList<TargetReport> reports = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private volatile Cancellation cancellation = Cancellation.none();

    private final BooleanBinding canBack;
    private final BooleanBinding canNext;
    private final BooleanBinding canFinish;
    private final BooleanBinding canPlan;
    /** The original's « Planifier »: the schedule to carry out the chosen publication unattended. */
    private final com.bizsync.ui.forms.ScheduleFormModel planner;
    private final ObjectProperty<com.bizsync.ui.common.CheckResult> planned = new SimpleObjectProperty<>();

    public PublicationWizardViewModel(SettingsStore store, Engine engine, Executor background) {
        this.store = store;
        this.engine = engine;
        this.background = background;
        canBack = page.greaterThan(PAGE_SETTINGS).and(page.lessThan(PAGE_REPORT));
        canNext = Bindings.createBooleanBinding(() -> switch (page.get()) {
            case PAGE_SETTINGS -> requiredSettingsDone.get();
            case PAGE_ACTION -> action.get() != null;
            default -> false;
        }, page, requiredSettingsDone, action);
        canFinish = page.isEqualTo(PAGE_TARGETS).and(anySelected);
        canPlan = canFinish.and(action.isEqualTo(PublicationAction.PUBLISH)).and(running.not());
        planner = new com.bizsync.ui.forms.ScheduleFormModel(store);
    }

    /** The schedule form behind « Planifier », loaded with the saved schedule. */
    public com.bizsync.ui.forms.ScheduleFormModel planner() {
        planner.load();
        return planner;
    }

    /**
     * Saves the schedule form as the schedule, and the chosen companies and families as the ones
     * « À extraire » (the others are no longer taken by the schedule): the choice made in this
     * wizard is what the background runner publishes from now on.
     *
     * @throws com.bizsync.i18n.UserError when the store refuses the schedule (nothing is changed then)
     */
    public void plan() {
        java.util.Set<String> chosen = new java.util.HashSet<>();
        targets.stream().filter(PublicationTarget::isSelected).forEach(t -> chosen.add(t.code()));
        planner.save();
        for (Company company : store.companies()) {
            if (company.toExtract() != chosen.contains(company.code())) {
                store.saveCompany(company.withToExtract(chosen.contains(company.code())));
            }
        }
        for (Family family : store.families()) {
            if (family.toExtract() != chosen.contains(family.code())) {
                store.saveFamily(family.withToExtract(chosen.contains(family.code())));
            }
        }
        planned.set(new com.bizsync.ui.common.CheckResult(true, Messages.get("publication.planned",
                chosen.size(), String.join(", ", new java.util.TreeSet<>(chosen)), engine.schedulerState().shortSentence())));
    }

    public BooleanBinding canPlanBinding() {
        return canPlan;
    }

    /** What « Planifier » saved, for the line under the list. */
    public ObjectProperty<com.bizsync.ui.common.CheckResult> plannedProperty() {
        return planned;
    }

    /** Reads the settings (off the FX thread); the future completes once pages 1 and 3 show them. */
    public CompletableFuture<Void> load() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(this::readSettings, background).whenComplete((read, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.error("Reading the settings for the publication wizard failed", failure);
                checklist.clear();
                requiredSettingsDone.set(false);
                done.complete(null);
                return;
            }
            checklist.setAll(read.checklist());
            requiredSettingsDone.set(read.checklist().stream()
                    .allMatch(item -> item.done() || !item.setting().required()));
            targets.setAll(read.targets());
            done.complete(null);
        }));
        return done;
    }

    private Settings readSettings() {
        List<PublicationTarget> found = new ArrayList<>();
        for (Company company : store.companies()) {
            found.add(new PublicationTarget(company.code(),
                    Messages.get("publication.targets.company", company.code(), company.name()), false));
        }
        for (Family family : store.families()) {
            found.add(new PublicationTarget(family.code(),
                    Messages.get("publication.targets.family", family.code(), family.name()), true));
        }
        return new Settings(SettingsChecklist.of(store), found);
    }

    private record Settings(List<ChecklistItem> checklist, List<PublicationTarget> targets) {
    }

    public void next() {
        if (canNext.get()) {
            page.set(page.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            page.set(page.get() - 1);
        }
    }

    public void selectAll(boolean selected) {
        targets.forEach(t -> t.setSelected(selected));
    }

    /** Selects exactly these codes (the console opens the wizard on the company the user picked). */
    public void select(Collection<String> codes) {
        targets.forEach(t -> t.setSelected(codes.contains(t.code())));
    }

    /**
     * Runs the chosen operation for each chosen company, in order, and shows the report. The
     * future completes, on the FX thread, once every line of the report is final.
     */
    public CompletableFuture<List<OperationResult>> finish() {
        if (!canFinish.get()) {
            return CompletableFuture.completedFuture(List.of());
        }
        PublicationAction chosen = action.get();
        List<TargetReport> lines = targets.stream().filter(PublicationTarget::isSelected)
                .map(t -> new TargetReport(t.code(), t.label())).toList();
        reports.setAll(lines);
        Cancellation run = new Cancellation();
        cancellation = run;
        running.set(true);
        finished.set(false);
        summary.set(Messages.get(chosen == PublicationAction.PUBLISH
                ? "publication.report.header.publish" : "publication.report.header.delete"));
        page.set(PAGE_REPORT);
        CompletableFuture<List<OperationResult>> done = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            List<OperationResult> results = new ArrayList<>();
            for (TargetReport line : lines) {
                if (run.isCancelled()) {
                    Platform.runLater(() -> {
                        line.outcomeProperty().set(TargetReport.Outcome.CANCELLED);
                        line.messageProperty().set(Messages.get("publication.report.cancelledRow"));
                    });
                    continue;
                }
                Platform.runLater(() -> line.outcomeProperty().set(TargetReport.Outcome.RUNNING));
                OperationResult result = runOne(chosen, line, run);
                results.add(result);
                Platform.runLater(() -> {
                    line.progressProperty().set(1.0);
                    line.messageProperty().set(result.message() == null ? "" : result.message());
                    line.outcomeProperty().set(result.success() ? TargetReport.Outcome.SUCCESS
                            : run.isCancelled() ? TargetReport.Outcome.CANCELLED : TargetReport.Outcome.ERROR);
                });
            }
            Platform.runLater(() -> {
                running.set(false);
                finished.set(true);
                summary.set(summaryOf(run));
                done.complete(results);
            });
        }, background);
        return done;
    }

    /** One engine call; a failure the engine did not turn into a result still becomes a sentence. */
    private OperationResult runOne(PublicationAction chosen, TargetReport line, Cancellation run) {
        ProgressListener listener = new FxProgress(line);
        long start = System.nanoTime();
        try {
            return chosen == PublicationAction.PUBLISH
                    ? engine.publish(line.code(), listener, run)
                    : engine.deletePublication(line.code(), listener, run);
        } catch (UserError e) {
            return failed(chosen, line, e.getMessage(), start);
        } catch (RuntimeException e) {
            LOG.error("{} of {} failed unexpectedly", chosen, line.code(), e);
            return failed(chosen, line, Messages.get("common.unexpected", e.getClass().getSimpleName()), start);
        }
    }

    private static OperationResult failed(PublicationAction chosen, TargetReport line, String message, long start) {
        return new OperationResult(false, line.code(), chosen == PublicationAction.PUBLISH
                ? JournalEntry.Operation.PUBLISH : JournalEntry.Operation.DELETE_PUBLICATION,
                message, Duration.ofNanos(System.nanoTime() - start));
    }

    private String summaryOf(Cancellation run) {
        long ok = reports.stream().filter(r -> r.outcomeProperty().get() == TargetReport.Outcome.SUCCESS).count();
        long errors = reports.stream().filter(r -> r.outcomeProperty().get() == TargetReport.Outcome.ERROR).count();
        long skipped = reports.size() - ok - errors;
        return run.isCancelled() && skipped > 0
                ? Messages.get("publication.report.cancelled", ok, errors, skipped)
                : Messages.get("publication.report.finished", ok, errors + skipped);
    }

    /** Asks the running operation to stop between two steps; the companies not started are skipped. */
    public void cancel() {
        cancellation.cancel();
    }

    /**
     * Hands the engine's progress to the FX thread. The engine may report far more often than the
     * screen refreshes, so only the latest value waits for the FX thread.
     */
    private static final class FxProgress implements ProgressListener {
        private final TargetReport line;
        private final AtomicReference<double[]> fraction = new AtomicReference<>();
        private final AtomicReference<String> step = new AtomicReference<>("");

        FxProgress(TargetReport line) {
            this.line = line;
        }

        @Override
        public void progress(String company, double value, String stepText) {
            step.set(stepText == null ? "" : stepText);
            if (fraction.getAndSet(new double[] {value}) == null) {
                Platform.runLater(() -> {
                    double[] latest = fraction.getAndSet(null);
                    if (latest != null) {
                        line.progressProperty().set(Math.max(0, Math.min(1, latest[0])));
                    }
                    line.stepProperty().set(step.get());
                });
            }
        }
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public BooleanProperty requiredSettingsDoneProperty() {
        return requiredSettingsDone;
    }

    public ObjectProperty<PublicationAction> actionProperty() {
        return action;
    }

    public ObservableList<PublicationTarget> targets() {
        return targets;
    }

    public BooleanBinding allSelectedBinding() {
        return allSelected;
    }

    public ObservableList<TargetReport> reports() {
        return reports;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanBinding canBackBinding() {
        return canBack;
    }

    public BooleanBinding canNextBinding() {
        return canNext;
    }

    public BooleanBinding canFinishBinding() {
        return canFinish;
    }
}
