package com.bizsync.ui.forms;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Keeps a group of radio buttons (user data = the value) and an enum property in step. */
final class Toggles {
    private Toggles() {
    }

    static <T> void bind(ToggleGroup group, ObjectProperty<T> value) {
        select(group, value.get());
        value.addListener((obs, old, now) -> select(group, now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == value) {
                group.selectToggle(toggle);
            }
        }
    }
}
