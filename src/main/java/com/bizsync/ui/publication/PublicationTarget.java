package com.bizsync.ui.publication;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A company or family offered on page 3, with its checkbox state. */
public final class PublicationTarget {
    private final String code;
    private final String label;
    private final boolean family;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public PublicationTarget(String code, String label, boolean family) {
        this.code = code;
        this.label = label;
        this.family = family;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean family() {
        return family;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
