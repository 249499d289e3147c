package com.bizsync.ui.forms;

import com.bizsync.source.SageDatabase;
import com.bizsync.ui.common.Busy;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * « Parcourir… » on a SQL Server: the Sage databases the saved login can read, listed by the
 * engine off the FX thread; a failure (server down, login refused) leaves its sentence instead.
 */
public final class DatabasePickerModel {
    private final Busy busy;
    private final Supplier<List<SageDatabase>> engineListing;
    private final ObservableList<SageDatabase> databases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    DatabasePickerModel(Busy busy, Supplier<List<SageDatabase>> engineListing) {
        this.busy = busy;
        this.engineListing = engineListing;
    }

    /** Asks the engine again (each opening of the picker: databases come and go on a server). */
    public void load() {
        databases.clear();
        error.set("");
        loaded.set(false);
        busy.run(engineListing::get, found -> {
            databases.setAll(found);
            loaded.set(true);
        }, sentence -> {
            error.set(sentence);
            loaded.set(true);
        });
    }

    public ObservableList<SageDatabase> databases() {
        return databases;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** True once the listing ended, found or failed (the empty-list text is shown only then). */
    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public Busy busy() {
        return busy;
    }
}
