package com.bizsync.ui.publication;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One company's line of the processing report; changed on the FX thread only. */
public final class TargetReport {
    public enum Outcome { WAITING, RUNNING, SUCCESS, ERROR, CANCELLED }

    private final String code;
    private final String label;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.WAITING);
    private final StringProperty message = new SimpleStringProperty("");

    public TargetReport(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
