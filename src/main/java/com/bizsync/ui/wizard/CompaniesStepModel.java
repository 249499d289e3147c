package com.bizsync.ui.wizard;

import com.bizsync.settings.Company;
import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.Failures;
import com.bizsync.ui.forms.CompanyFormModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Wizard step "Sociétés": the registered companies and the form that adds one. */
final class CompaniesStepModel {
    private final SettingsStore settings;
    private final CompanyFormModel form;
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final ObjectProperty<Company> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.isNotEmpty(companies);

    CompaniesStepModel(AppContext context) {
        this.settings = context.settings();
        this.form = new CompanyFormModel(context, new Busy(context.background()));
    }

    void load() {
        companies.setAll(settings.companies());
        error.set("");
    }

    /** Registers the company typed in the form (with every view its databases allow). */
    boolean add() {
        if (!form.identificationValid().get()) {
            form.reveal();
            return false;
        }
        try {
            form.save();
            form.startNew();
            error.set("");
            load();
            return true;
        } catch (RuntimeException failure) {
            error.set(Failures.sentence(failure));
            return false;
        }
    }

    void removeSelected() {
        Company company = selected.get();
        if (company != null) {
            settings.deleteCompany(company.code());
            load();
        }
    }

    CompanyFormModel form() {
        return form;
    }

    ObservableList<Company> companies() {
        return companies;
    }

    ObjectProperty<Company> selected() {
        return selected;
    }

    StringProperty error() {
        return error;
    }

    BooleanBinding valid() {
        return valid;
    }
}
