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
    private final PageCheck page = new PageCheck(() -> SettingsValidator.databaseLoginError(value()),
            List.of(host, instance, port, domain, user, password), authentication);
    private final BooleanBinding valid = page.valid();
    private final InlineTest test;

    public DatabaseFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.busy = busy;
        this.test = new InlineTest(busy, host.value(), instance.value(), port.value(), domain.value(), user.value(),
                password.value(), authentication);
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
        test.clear();
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
        test.run(() -> {
            List<Company> companies = context.settings().companies();
            return companies.isEmpty() ? null : context.engine().testDatabases(login, companies);
        }, DatabaseFormModel::summary);
    }

    /** One line per company; with no company registered yet there is nothing to connect to. */
    private static CheckResult summary(List<OperationResult> results) {
        if (results == null) {
            return new CheckResult(true, Texts.t("database.test.noCompanies"));
        }
        boolean allFine = results.stream().allMatch(OperationResult::success);
        String lines = results.stream().map(r -> r.company() + " : " + r.message()).collect(Collectors.joining("\n"));
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
