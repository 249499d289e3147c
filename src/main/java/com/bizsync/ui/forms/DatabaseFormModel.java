package com.bizsync.ui.forms;

import com.bizsync.engine.OperationResult;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.DatabaseLogin.Authentication;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The management database login ("Connexion aux fichiers de gestion"): SQL Server host, instance
 * or port, SQL or Windows (domain) authentication, user and password, and its Test. When every
 * company is a demo file no login is needed ({@link Company#serverLoginNeeded}): the form
 * says so and may be left blank; a login that is typed is checked and tested all the same.
 */
public final class DatabaseFormModel {
    private final AppContext context;
    private final Busy busy;
    private final ObjectProperty<Authentication> authentication = new SimpleObjectProperty<>(Authentication.SQL);
    private final BooleanBinding windows = Bindings.createBooleanBinding(
            () -> authentication.get() == Authentication.WINDOWS, authentication);
    private final BooleanProperty needed = new SimpleBooleanProperty(true);
    /** Nothing typed in any field (kept up to date by listeners: the fields' rules read it). */
    private final BooleanProperty blank = new SimpleBooleanProperty(true);
    private final ValidatedText host = new ValidatedText(ifGiven(SettingsValidator::databaseHostError), needed, blank);
    private final ValidatedText instance = new ValidatedText(Rules.none());
    private final ValidatedText port = new ValidatedText(text -> SettingsValidator.databasePortError(Rules.portValue(text)));
    private final ValidatedText domain = new ValidatedText(
            text -> windows.get() ? SettingsValidator.databaseDomainError(text) : Optional.empty(), windows);
    private final ValidatedText user = new ValidatedText(ifGiven(SettingsValidator::databaseUserError), needed, blank);
    private final ValidatedText password = new ValidatedText(Rules.none());
    private final PageCheck page = new PageCheck(() -> SettingsValidator.databaseLoginError(value(), needed.get()),
            List.of(host, instance, port, domain, user, password), authentication, needed);
    private final BooleanBinding valid = page.valid();
    private final InlineTest test;
    private final UnsavedChanges changes = new UnsavedChanges(this::value);

    public DatabaseFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.busy = busy;
        this.test = new InlineTest(busy, host.value(), instance.value(), port.value(), domain.value(), user.value(),
                password.value(), authentication);
        for (ValidatedText field : List.of(host, instance, port, domain, user, password)) {
            field.value().addListener((obs, old, now) -> blank.set(value().isBlank()));
        }
        changes.markSaved();
    }

    /** A rule that applies unless the login may be, and is, left blank. */
    private Function<String, Optional<String>> ifGiven(Function<String, Optional<String>> rule) {
        return text -> !needed.get() && blank.get() ? Optional.empty() : rule.apply(text);
    }

    public void load() {
        needed.set(Company.serverLoginNeeded(context.settings().companies()));
        DatabaseLogin login = context.settings().databaseLogin();
        host.load(login.host());
        instance.load(login.instance());
        port.load(login.port() == null ? "" : String.valueOf(login.port()));
        authentication.set(login.authentication() == null ? Authentication.SQL : login.authentication());
        domain.load(login.domain());
        user.load(login.user());
        password.load(login.password());
        page.conceal();
        test.clear();
        changes.markSaved();
    }

    public DatabaseLogin value() {
        boolean isWindows = windows.get();
        return new DatabaseLogin(host.text(), instance.text(), Rules.portValue(port.text()), authentication.get(),
                isWindows ? domain.text() : "", user.text(), password.value().get());
    }

    public void save() {
        context.settings().saveDatabaseLogin(value());
        changes.markSaved();
    }

    /**
     * Tests the login as typed where it is used: on each SQL Server company, or on the server
     * itself when there is none yet. Always a contact with the server, never a guess.
     */
    public void test() {
        if (!valid.get() || blank.get()) {
            reveal();
            return;
        }
        DatabaseLogin login = value();
        test.run(() -> context.engine().testDatabaseLogin(login), DatabaseFormModel::summary);
    }

    /** The server's answer, or one line per company. */
    private static CheckResult summary(List<OperationResult> results) {
        boolean allFine = results.stream().allMatch(OperationResult::success);
        String lines = results.stream()
                .map(r -> r.company().isEmpty() ? r.message() : r.company() + " : " + r.message())
                .collect(Collectors.joining("\n"));
        return new CheckResult(allFine, lines);
    }

    public void reveal() {
        for (ValidatedText field : new ValidatedText[] {host, instance, port, domain, user, password}) {
            field.reveal();
        }
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    /** False when every company is a demo file: the login may then be left blank. */
    public BooleanProperty needed() {
        return needed;
    }

    /** Nothing typed: with no login needed, there is nothing to test either. */
    public BooleanProperty blank() {
        return blank;
    }

    public UnsavedChanges changes() {
        return changes;
    }

    public ObjectProperty<Authentication> authentication() {
        return authentication;
    }

    public BooleanBinding windows() {
        return windows;
    }

    public ValidatedText host() {
        return host;
    }

    public ValidatedText instance() {
        return instance;
    }

    public ValidatedText port() {
        return port;
    }

    public ValidatedText domain() {
        return domain;
    }

    public ValidatedText user() {
        return user;
    }

    public ValidatedText password() {
        return password;
    }

    public ObjectProperty<CheckResult> testResult() {
        return test.result();
    }

    public BooleanBinding valid() {
        return valid;
    }

    public Busy busy() {
        return busy;
    }
}
