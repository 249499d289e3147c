package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import java.util.List;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.EnumSet;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A company ("Société"): folder code, company name, accounting and commercial databases
 * (either may be missing, not both) and the views it publishes.
 */
public final class CompanyFormModel {
    private final SettingsStore settings;
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    /** « À extraire »: taken by "publish all" and the schedule. */
    private final BooleanProperty toExtract = new SimpleBooleanProperty(true);
    private final ValidatedText code;
    private final ValidatedText name = new ValidatedText(SettingsValidator::companyNameError);
    private final ValidatedText accountingDatabase = new ValidatedText(Rules.none());
    private final ValidatedText commercialDatabase = new ValidatedText(Rules.none());
    private final PageCheck page;
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final BooleanBinding identificationValid;
    private final BooleanBinding valid;

    public CompanyFormModel(SettingsStore settings) {
        this.settings = settings;
        code = new ValidatedText(this::codeRule, creating);
        accountingDatabase.value().addListener((obs, old, now) -> refreshDomains());
        commercialDatabase.value().addListener((obs, old, now) -> refreshDomains());
        page = new PageCheck(() -> SettingsValidator.companyError(value(), settings.families()),
                List.of(code, name, accountingDatabase, commercialDatabase), views.anySelected());
        identificationValid = code.valid().and(page.valid());
        valid = identificationValid.and(views.anySelected());
        startNew();
    }

    private Optional<String> codeRule(String text) {
        return creating.get()
                ? SettingsValidator.newCodeError(text, false, settings.companies(), settings.families())
                : SettingsValidator.folderCodeError(text);
    }

    /** An empty form for a new company; every view is proposed. */
    public void startNew() {
        creating.set(true);
        toExtract.set(true);
        code.load("");
        name.load("");
        accountingDatabase.load("");
        commercialDatabase.load("");
        views.load(EnumSet.allOf(ViewId.class));
        refreshDomains();
    }

    public void edit(Company company) {
        creating.set(false);
        code.load(company.code());
        name.load(company.name());
        accountingDatabase.load(company.accountingDatabase());
        commercialDatabase.load(company.commercialDatabase());
        views.load(company.views());
        toExtract.set(company.toExtract());
        refreshDomains();
    }

    private void refreshDomains() {
        views.available(Domain.ACCOUNTING).set(!accountingDatabase.text().isEmpty());
        views.available(Domain.COMMERCIAL).set(!commercialDatabase.text().isEmpty());
    }

    public Company value() {
        return new Company(code.text(), name.text(), accountingDatabase.text(), commercialDatabase.text(),
                views.selected(), toExtract.get());
    }

    /** Validates and saves; the store may still refuse with a sentence ({@code UserError}). */
    public Company save() {
        Company company = value();
        settings.saveCompany(company);
        creating.set(false);
        return company;
    }

    public void reveal() {
        code.reveal();
        name.reveal();
        commercialDatabase.reveal();
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    public BooleanProperty toExtract() {
        return toExtract;
    }

    public BooleanProperty creating() {
        return creating;
    }

    public ValidatedText code() {
        return code;
    }

    public ValidatedText name() {
        return name;
    }

    public ValidatedText accountingDatabase() {
        return accountingDatabase;
    }

    public ValidatedText commercialDatabase() {
        return commercialDatabase;
    }

    public ViewChecklistModel views() {
        return views;
    }

    public BooleanBinding identificationValid() {
        return identificationValid;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
