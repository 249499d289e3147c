package com.bizsync.ui.wizard;

import com.bizsync.settings.MobileUser;
import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.forms.UserFormModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Wizard step "Utilisateurs": the mobile users and the form that adds one with their grants. */
final class UsersStepModel {
    private final SettingsStore settings;
    private final UserFormModel form;
    private final ObservableList<MobileUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<MobileUser> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.isNotEmpty(users);

    UsersStepModel(SettingsStore settings) {
        this.settings = settings;
        this.form = new UserFormModel(settings);
    }

    void load() {
        users.setAll(settings.users());
        form.startNew();
        error.set("");
    }

    boolean add() {
        if (!form.valid().get()) {
            form.reveal();
            return false;
        }
        try {
            form.save();
            users.setAll(settings.users());
            form.startNew();
            error.set("");
            return true;
        } catch (RuntimeException failure) {
            error.set(Failures.sentence(failure));
            return false;
        }
    }

    void removeSelected() {
        MobileUser user = selected.get();
        if (user != null) {
            settings.deleteUser(user.login());
            users.setAll(settings.users());
        }
    }

    UserFormModel form() {
        return form;
    }

    ObservableList<MobileUser> users() {
        return users;
    }

    ObjectProperty<MobileUser> selected() {
        return selected;
    }

    StringProperty error() {
        return error;
    }

    BooleanBinding valid() {
        return valid;
    }
}
