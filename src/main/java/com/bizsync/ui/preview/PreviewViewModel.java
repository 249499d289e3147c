package com.bizsync.ui.preview;

import com.bizsync.engine.Engine;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.Busy;
import com.bizsync.views.ExtractionSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the preview screen: the companies and families to choose from, the chosen code,
 * and what {@link Engine#preview} returned for it (computed off the FX thread).
 */
public final class PreviewViewModel {
    /** A company or family the user may preview. */
    public record Target(String code, String label) {
    }

    private final SettingsStore store;
    private final Engine engine;
    private final Busy busy;
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<JsonNode> preview = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    /** The extraction options the figures were computed with (a company's « Paramètres »); blank for a family. */
    private final StringProperty options = new SimpleStringProperty("");

    public PreviewViewModel(SettingsStore store, Engine engine, ExecutorService background) {
        this.store = store;
        this.engine = engine;
        this.busy = new Busy(background);
    }

    /** Reads the companies and families; completes once the choice list is filled. */
    public CompletableFuture<List<Target>> loadTargets() {
        return onFx(() -> busy.run(this::readTargets, targets::setAll, error::set));
    }

    private List<Target> readTargets() {
        List<Target> found = new ArrayList<>();
        for (Company company : store.companies()) {
            found.add(new Target(company.code(), Messages.get("preview.target.company", company.code(), company.name())));
        }
        for (Family family : store.families()) {
            found.add(new Target(family.code(), Messages.get("preview.target.family", family.code(), family.name())));
        }
        return found;
    }

    /** Computes the preview of the selected company or family; completes once the cards can show it. */
    public CompletableFuture<JsonNode> run() {
        return onFx(() -> {
            Target target = selected.get();
            if (target == null) {
                error.set(Messages.get("preview.choose"));
                return CompletableFuture.completedFuture(null);
            }
            error.set("");
            preview.set(null);
            options.set("");
            record Shown(JsonNode json, String options) { }
            return busy.run(() -> new Shown(engine.preview(target.code()), optionsOf(target.code())), shown -> {
                options.set(shown.options());
                preview.set(shown.json());
            }, error::set).thenApply(Shown::json);
        });
    }

    /** « Paramètres : … » of a company, as the engine applies them; blank for a family (each member has its own). */
    private String optionsOf(String code) {
        return store.company(code).map(company -> {
            ExtractionSettings o = company.extraction();
            List<String> revenue = o.revenuePrefixes().isEmpty() ? store.revenuePrefixes() : o.revenuePrefixes();
            String cash = o.cashPrefixes().isEmpty() ? Messages.get("preview.options.treasuryJournals")
                    : ExtractionSettings.text(o.cashPrefixes());
            String customers = o.customerStatistic() == 0 ? Messages.get("preview.options.tariffCategory")
                    : Messages.get("preview.options.statistic", o.customerStatistic(),
                    ExtractionSettings.customerColumn(o.customerStatistic()));
            String items = o.itemStatistic() == 0 ? Messages.get("preview.options.family")
                    : Messages.get("preview.options.statistic", o.itemStatistic(),
                    ExtractionSettings.itemColumn(o.itemStatistic()));
            return Messages.get("preview.options", ExtractionSettings.text(revenue), cash, customers, items);
        }).orElse("");
    }

    /** Selects the target with this code, if it exists. */
    public void select(String code) {
        targets.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(selected::set);
    }

    private static <T> CompletableFuture<T> onFx(java.util.function.Supplier<CompletableFuture<T>> action) {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> action.get().whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObjectProperty<Target> selectedProperty() {
        return selected;
    }

    public ObjectProperty<JsonNode> previewProperty() {
        return preview;
    }

    public StringProperty optionsProperty() {
        return options;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.runningProperty();
    }

    public Busy busy() {
        return busy;
    }
}
