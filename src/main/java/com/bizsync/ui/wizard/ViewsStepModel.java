package com.bizsync.ui.wizard;

import com.bizsync.settings.Company;
import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.forms.ViewChecklistModel;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Wizard step "Vues": per company, the views it publishes; every company must publish one at least. */
final class ViewsStepModel {
    private final SettingsStore settings;
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final ObjectProperty<Company> selected = new SimpleObjectProperty<>();
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final Map<String, Set<ViewId>> chosen = new LinkedHashMap<>();
    private final BooleanBinding valid;

    ViewsStepModel(SettingsStore settings) {
        this.settings = settings;
        selected.addListener((obs, old, now) -> {
            keep(old);
            show(now);
        });
        valid = Bindings.createBooleanBinding(this::everyCompanyPublishes, views.anySelected(), selected, companies);
    }

    void load() {
        chosen.clear();
        selected.set(null);
        companies.setAll(settings.companies());
        companies.forEach(c -> chosen.put(c.code(), c.views()));
        if (!companies.isEmpty()) {
            selected.set(companies.get(0));
        }
    }

    void save() {
        keep(selected.get());
        for (Company company : companies) {
            settings.saveCompany(company.withViews(chosen.getOrDefault(company.code(), Set.of())));
        }
    }

    private boolean everyCompanyPublishes() {
        if (companies.isEmpty()) {
            return false;
        }
        for (Company company : companies) {
            boolean onScreen = selected.get() != null && selected.get().code().equals(company.code());
            Set<ViewId> views = onScreen ? this.views.selected() : chosen.getOrDefault(company.code(), Set.of());
            if (views.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void keep(Company company) {
        if (company != null) {
            chosen.put(company.code(), views.selected());
        }
    }

    private void show(Company company) {
        if (company == null) {
            return;
        }
        views.available(Domain.ACCOUNTING).set(!company.accountingDatabase().isBlank());
        views.available(Domain.COMMERCIAL).set(!company.commercialDatabase().isBlank());
        views.load(chosen.getOrDefault(company.code(), Set.of()));
    }

    ObservableList<Company> companies() {
        return companies;
    }

    ObjectProperty<Company> selected() {
        return selected;
    }

    ViewChecklistModel views() {
        return views;
    }

    BooleanBinding valid() {
        return valid;
    }
}
