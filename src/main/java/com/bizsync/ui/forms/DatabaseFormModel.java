package com.bizsync.ui.forms;

import com.bizsync.engine.OperationResult;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.DatabaseLogin.Authentication;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.ValidatedText;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The management database login ("Connexion aux fichiers de gestion"): SQL Server host, instance
 * or port, SQL or Windows (domain) authentication, user and password, and the per-company Test.
 */
public final class DatabaseFormModel {
    private final AppContext context;
    private final Busy busy;
    private final ObjectProperty<Authentication> authentication = new SimpleObjectProperty<>(Authentication.SQL);
    private final BooleanBinding windows = Bindings.createBooleanBinding(
            () -> authentication.get() == Authentication.WINDOWS, authentication);
    private final ValidatedText host = new ValidatedText(Rules.none());
    private final ValidatedText instance = new ValidatedText(Rules.none());
    private final ValidatedText port = new ValidatedText(text -> SettingsValidator.databasePortError(Rules.portValue(text)));
    private final ValidatedText domain = new ValidatedText(Rules.none());
    private final ValidatedText user = new ValidatedText(Rules.none());
    private final ValidatedText password = new ValidatedText(Rules.none());
    private final ObjectProperty<CheckResult> testResult = new SimpleObjectProperty<>();
    private final PageCheck page = new PageCheck(() -> SettingsValidator.databaseLoginError(value()),
            List.of(host, instance, port, domain, user, password), authentication);
    private final BooleanBinding valid = page.valid();

    public DatabaseFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.busy = busy;
        for (ValidatedText field : new ValidatedText[] {host, instance, port, domain, user, password}) {
            field.value().addListener((obs, old, now) -> testResult.set(null));
        }
        authentication.addListener((obs, old, now) -> testResult.set(null));
    }

    public void load() {
        DatabaseLogin login = context.settings().databaseLogin();
        host.load(login.host());
        instance.load(login.instance());
        port.load(login.port() == null ? "" : String.valueOf(login.port()));
        authentication.set(login.authentication() == null ? Authentication.SQL : login.authentication());
        domain.load(login.domain());
        user.load(login.user());
        password.load(login.password());
        testResult.set(null);
    }

    public DatabaseLogin value() {
        boolean isWindows = windows.get();
        return new DatabaseLogin(host.text(), instance.text(), Rules.portValue(port.text()), authentication.get(),
                isWindows ? domain.text() : "", user.text(), password.value().get());
    }

    public void save() {
        context.settings().saveDatabaseLogin(value());
    }

    /** Connects to every registered company's databases with the login as typed. */
    public void test() {
        if (!valid.get()) {
            reveal();
            return;
        }
        DatabaseLogin login = value();
        busy.run(() -> {
            List<Company> companies = context.settings().companies();
            return companies.isEmpty() ? null : context.engine().testDatabases(login, companies);
        }, this::showResults, sentence -> testResult.set(new CheckResult(false, sentence)));
    }

    private void showResults(List<OperationResult> results) {
        if (results == null) {
            testResult.set(new CheckResult(true, Texts.t("database.test.noCompanies")));
            return;
        }
        boolean allFine = results.stream().allMatch(OperationResult::success);
        String lines = results.stream().map(r -> r.company() + " : " + r.message()).collect(Collectors.joining("\n"));
        testResult.set(new CheckResult(allFine, lines));
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
        return testResult;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public Busy busy() {
        return busy;
    }
}
