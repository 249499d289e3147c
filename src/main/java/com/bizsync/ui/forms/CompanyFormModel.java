package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.source.SageDatabase;
import com.bizsync.source.SourceSpec;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A company ("Société"): folder code, company name, accounting and commercial databases
 * (either may be missing, not both) and the views it publishes. Its Test, and its Save, open
 * the databases through the engine: a missing file or a database that is not Sage's is refused.
 */
public final class CompanyFormModel implements EditorForm {
    private final AppContext context;
    private final SettingsStore settings;
    private final Busy busy;
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    /** « À extraire »: taken by "publish all" and the schedule. */
    private final BooleanProperty toExtract = new SimpleBooleanProperty(true);
    private final ValidatedText code;
    private final ValidatedText name = new ValidatedText(SettingsValidator::companyNameError);
    private final ValidatedText commercialDatabase = new ValidatedText(Rules.none());
    private final ValidatedText accountingDatabase = new ValidatedText(
            text -> SettingsValidator.companyDatabasesError(text, commercialDatabase.text()), commercialDatabase.value());
    private final PageCheck page;
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final ExtractionOptionsModel options = new ExtractionOptionsModel();
    private final BooleanBinding identificationValid;
    private final BooleanBinding valid;
    private final InlineTest test;
    private final UnsavedChanges changes = new UnsavedChanges(this::value);
    private final DatabasePickerModel picker;

    public CompanyFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.settings = context.settings();
        this.busy = busy;
        code = new ValidatedText(this::codeRule, creating);
        accountingDatabase.value().addListener((obs, old, now) -> refreshDomains());
        commercialDatabase.value().addListener((obs, old, now) -> refreshDomains());
        List<com.bizsync.ui.common.CheckedField> fields = new java.util.ArrayList<>(
                List.of(code, name, accountingDatabase, commercialDatabase));
        fields.addAll(options.fields());
        page = new PageCheck(() -> SettingsValidator.companyError(value(), settings.families()), fields,
                views.anySelected());
        identificationValid = code.valid().and(page.valid());
        valid = identificationValid.and(views.anySelected());
        test = new InlineTest(busy, accountingDatabase.value(), commercialDatabase.value());
        picker = new DatabasePickerModel(busy, () -> context.engine().sageDatabases());
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
        options.load(ExtractionSettings.DEFAULTS);
        refreshDomains();
        loaded();
    }

    public void edit(Company company) {
        creating.set(false);
        code.load(company.code());
        name.load(company.name());
        accountingDatabase.load(company.accountingDatabase());
        commercialDatabase.load(company.commercialDatabase());
        views.load(company.views());
        toExtract.set(company.toExtract());
        options.load(company.extraction());
        refreshDomains();
        loaded();
    }

    private void loaded() {
        page.conceal();
        test.clear();
        changes.markSaved();
    }

    private void refreshDomains() {
        views.available(Domain.ACCOUNTING).set(!accountingDatabase.text().isEmpty());
        views.available(Domain.COMMERCIAL).set(!commercialDatabase.text().isEmpty());
    }

    public Company value() {
        return new Company(code.text(), name.text(), accountingDatabase.text(), commercialDatabase.text(),
                views.selected(), toExtract.get(), options.value());
    }

    /** Saves without opening the databases; the store may still refuse with a sentence ({@code UserError}). */
    public Company save() {
        return save(value());
    }

    private Company save(Company company) {
        settings.saveCompany(company);
        creating.set(false);
        changes.markSaved();
        return company;
    }

    /** Opens the databases as typed, with the saved login, and shows what the engine found. */
    public void test() {
        if (accountingDatabase.text().isEmpty() && commercialDatabase.text().isEmpty()) {
            accountingDatabase.reveal();
            return;
        }
        Company company = value();
        test.run(() -> context.engine().testCompany(company));
    }

    /** Saves once the engine has opened the company's databases and found Sage's tables there. */
    @Override
    public void saveThen(Runnable saved, Consumer<String> refused) {
        Company company = value();
        EditorForm.saveAfter(busy, () -> context.engine().testCompany(company), () -> save(company), saved, refused);
    }

    /**
     * Whether « Parcourir… » lists the SQL Server's databases (a server is saved and the field does
     * not hold a demo file) rather than choosing a demo file.
     */
    public boolean browsesServer(ValidatedText database) {
        String host = settings.databaseLogin().host();
        boolean serverSaved = host != null && !host.isBlank();
        return serverSaved && (database.text().isEmpty() || SourceSpec.needsServerLogin(database.text()));
    }

    /** The picked database fills the field and, when none is typed yet, the company name. */
    public void choose(ValidatedText database, SageDatabase picked) {
        database.value().set(picked.name());
        if (name.text().isEmpty() && !picked.companyName().isEmpty()) {
            name.value().set(picked.companyName());
        }
    }

    public DatabasePickerModel picker() {
        return picker;
    }

    @Override
    public String unsavedQuestion() {
        return creating.get() ? Texts.t("unsaved.newCompany") : Texts.t("unsaved.company", code.text());
    }

    @Override
    public UnsavedChanges changes() {
        return changes;
    }

    @Override
    public void reveal() {
        code.reveal();
        name.reveal();
        accountingDatabase.reveal();
        commercialDatabase.reveal();
        options.reveal();
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

    /** The « Paramètres » tab. */
    public ExtractionOptionsModel options() {
        return options;
    }

    public ObjectProperty<CheckResult> testResult() {
        return test.result();
    }

    public Busy busy() {
        return busy;
    }

    public BooleanBinding identificationValid() {
        return identificationValid;
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }
}
