package com.bizsync.ui.journal;

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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the publication log screen: the filters, the rows they select (read from the
 * settings store off the FX thread) and the CSV export of those rows.
 */
public final class JournalViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(JournalViewModel.class);

    private final SettingsStore store;
    /** Null when the log is shown alone, without the engine: rows cannot be run again then. */
    private final Engine engine;
    private final Executor background;

    /** Null members mean "all". */
    private final ObjectProperty<String> company = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalEntry.Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final ObservableList<JournalEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> companies = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty rerunning = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Only the latest refresh may fill the table: an older, slower one must not overwrite it. */
    private long generation;
    private CompletableFuture<List<JournalEntry>> latest = CompletableFuture.completedFuture(List.of());

    /** The log alone: rows are read and exported, not run again. */
    public JournalViewModel(SettingsStore store, Executor background) {
        this(store, null, background);
    }

    public JournalViewModel(SettingsStore store, Engine engine, Executor background) {
        this.store = store;
        this.engine = engine;
        this.background = background;
    }

    /** Whether rows can be run again (« Relancer »): the engine is there. */
    public boolean canRerun() {
        return engine != null;
    }

    /** Running a deletion again deletes again: the view asks first. */
    public static boolean needsConfirmation(JournalEntry row) {
        return switch (row.operation()) {
            case DELETE_PUBLICATION, DELETE_COMPANY, DELETE_ALL -> true;
            default -> false;
        };
    }

    /**
     * Runs the row's operation again for its company, off the FX thread; the new rows are read
     * back and the status line says how it went. Call from the FX thread.
     */
    public CompletableFuture<List<OperationResult>> rerun(JournalEntry row) {
        if (engine == null || rerunning.get()) {
            return CompletableFuture.completedFuture(List.of());
        }
        rerunning.set(true);
        message.set(Messages.get("journal.rerun.running", JournalFormat.company(row.company()),
                JournalFormat.operation(row.operation())));
        CompletableFuture<List<OperationResult>> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> engine.rerun(row.operation(), row.company(), ProgressListener.NONE,
                Cancellation.none()), background).whenComplete((results, failure) -> onFx(() -> {
                    String summary = failure == null ? summary(row, results)
                            : Messages.get("common.unexpected", rootMessage(failure));
                    if (failure != null) {
                        LOG.error("Running {} {} again failed", row.operation(), row.company(), failure);
                    }
                    refresh().whenComplete((rows, unused) -> onFx(() -> {
                        rerunning.set(false);
                        message.set(summary);
                        done.complete(failure == null ? results : List.of());
                    }));
                }));
        return done;
    }

    private static String summary(JournalEntry row, List<OperationResult> results) {
        if (results.size() == 1) {
            OperationResult result = results.get(0);
            return Messages.get("journal.rerun.one", JournalFormat.company(result.company()),
                    JournalFormat.operation(result.operation()), result.message());
        }
        long failed = results.stream().filter(r -> !r.success()).count();
        return Messages.get("journal.rerun.many", JournalFormat.operation(row.operation()), results.size() - failed,
                failed);
    }

    /**
     * Reads the rows matching the filters; the returned future completes once the rows are on
     * screen. Call from the FX thread or any other.
     */
    public CompletableFuture<List<JournalEntry>> refresh() {
        CompletableFuture<List<JournalEntry>> done = new CompletableFuture<>();
        onFx(() -> {
            SettingsStore.JournalFilter filter;
            try {
                filter = filter();
            } catch (UserError e) {
                rows.clear();
                message.set(e.getMessage());
                done.complete(List.of());
                return;
            }
            long request = ++generation;
            latest = done;
            loading.set(true);
            CompletableFuture.supplyAsync(() -> load(filter), background).whenComplete((loaded, failure) -> onFx(() -> {
                if (request != generation) {
                    latest.whenComplete((newer, error) -> done.complete(newer));
                    return;
                }
                loading.set(false);
                if (failure != null) {
                    LOG.error("Reading the journal failed", failure);
                    rows.clear();
                    message.set(Messages.get("journal.loadFailed", rootMessage(failure)));
                    done.complete(List.of());
                    return;
                }
                rows.setAll(loaded.rows());
                companies.setAll(loaded.companies());
                message.set(loaded.rows().isEmpty() ? Messages.get("journal.empty")
                        : Messages.get("journal.count", loaded.rows().size()));
                done.complete(List.copyOf(loaded.rows()));
            }));
        });
        return done;
    }

    /** Writes the rows on screen (the filtered ones) to a CSV file; see {@link JournalCsv}. */
    public int exportCsv(Path file) {
        List<JournalEntry> snapshot = List.copyOf(rows);
        try (OutputStream out = Files.newOutputStream(file)) {
            JournalCsv.write(snapshot, out);
        } catch (IOException e) {
            LOG.error("Exporting the journal to {} failed", file, e);
            throw new UserError(e, "journal.export.failed", file);
        }
        return snapshot.size();
    }

    SettingsStore.JournalFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate fromDay = from.get();
        LocalDate toDay = to.get();
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new UserError("journal.badRange");
        }
        Instant start = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
        // The store's upper bound is exclusive (JournalTable): the start of the next day keeps the whole end day.
        Instant end = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
        return new SettingsStore.JournalFilter(company.get(), status.get(), start, end,
                SettingsStore.JournalFilter.ALL.limit());
    }

    private Loaded load(SettingsStore.JournalFilter filter) {
        List<JournalEntry> found = store.journal(filter);
        TreeSet<String> codes = new TreeSet<>();
        store.companies().stream().map(Company::code).forEach(codes::add);
        store.families().stream().map(Family::code).forEach(codes::add);
        // Rows of companies since removed, and the current choice, must stay selectable.
        found.stream().map(JournalEntry::company).filter(c -> c != null && !c.isBlank()).forEach(codes::add);
        if (filter.company() != null) {
            codes.add(filter.company());
        }
        return new Loaded(found, new ArrayList<>(codes));
    }

    private record Loaded(List<JournalEntry> rows, List<String> companies) {
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof UserError)) {
            cause = cause.getCause();
        }
        return cause.getLocalizedMessage() == null ? cause.getClass().getSimpleName() : cause.getLocalizedMessage();
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ObjectProperty<String> companyProperty() {
        return company;
    }

    public ObjectProperty<JournalEntry.Status> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<JournalEntry> rows() {
        return rows;
    }

    public ObservableList<String> companies() {
        return companies;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True while a row runs again. */
    public BooleanProperty rerunningProperty() {
        return rerunning;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
