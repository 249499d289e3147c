package com.bizsync.ui.forms;


import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.AlertSettings.Security;
import com.bizsync.settings.SecretUnreadableError;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The alerts page ("Alertes"): the SMTP server that sends the mails (port, security, login and
 * password), the sender, the recipients, and after how many failed runs in a row a company is in
 * incident; "Tester" sends a test mail through the engine with the values as typed. Without
 * server and recipients no mail is sent, and then no mail field is required.
 */
public final class AlertFormModel {
    private final AppContext context;
    private final Busy busy;
    private final ObjectProperty<Security> security = new SimpleObjectProperty<>(Security.STARTTLS);
    // The server and the recipients both decide whether mail is wanted, and their own rules
    // depend on that: their texts live here, bound to their fields.
    private final StringProperty hostText = new SimpleStringProperty("");
    private final StringProperty recipientsText = new SimpleStringProperty("");
    private final BooleanBinding mailWanted = Bindings.createBooleanBinding(() -> SettingsValidator.alertMailWanted(
            trimmed(hostText), AlertSettings.parseRecipients(recipientsText.get())), hostText, recipientsText);
    private final ValidatedText host = new ValidatedText(whenMailWanted(SettingsValidator::alertHostError), mailWanted);
    private final ValidatedText port = new ValidatedText(
            whenMailWanted(text -> SettingsValidator.alertPortError(Rules.portValue(text))), mailWanted);
    private final ValidatedText login = new ValidatedText(Rules.none());
    private final ValidatedText password = new ValidatedText(Rules.none());
    private final ValidatedText sender = new ValidatedText(whenMailWanted(SettingsValidator::alertSenderError),
            mailWanted);
    private final ValidatedText recipients = new ValidatedText(whenMailWanted(
            text -> SettingsValidator.alertRecipientsError(AlertSettings.parseRecipients(text))), mailWanted);
    private final ValidatedText threshold = new ValidatedText(
            text -> SettingsValidator.alertThresholdError(Rules.portValue(text)));
    /** The fields as typed: a port or threshold that is not a number yet is a change too. */
    private final UnsavedChanges changes = new UnsavedChanges(() -> List.of(value(), port.text(), threshold.text(),
            recipients.text()));
    private final PageCheck page = new PageCheck(() -> SettingsValidator.alertSettingsError(value()),
            List.of(host, port, login, password, sender, recipients, threshold), security);
    private final BooleanBinding valid = page.valid();
    private final InlineTest test;

    public AlertFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.busy = busy;
        host.value().bindBidirectional(hostText);
        recipients.value().bindBidirectional(recipientsText);
        test = new InlineTest(busy, host.value(), port.value(), security, login.value(), password.value(),
                sender.value(), recipients.value());
        // A server typed by the user means mail is wanted: the recipients field says at once what it
        // needs, under itself (a server loaded from the settings always has its recipients).
        host.touched().addListener((obs, was, now) -> {
            if (now) {
                recipients.reveal();
            }
        });
        // Switching the security moves a usual port along (587, 465, 25); a port typed by hand stays.
        security.addListener((obs, old, now) -> {
            if (old != null && now != null && String.valueOf(old.usualPort()).equals(port.text())) {
                port.value().set(String.valueOf(now.usualPort()));
            }
        });
    }

    private Function<String, Optional<String>> whenMailWanted(Function<String, Optional<String>> rule) {
        return text -> mailWanted.get() ? rule.apply(text) : Optional.empty();
    }

    private static String trimmed(StringProperty text) {
        return text.get() == null ? "" : text.get().trim();
    }

    public void load() {
        AlertSettings saved;
        CheckResult problem = null;
        try {
            saved = context.settings().alertSettings();
        } catch (SecretUnreadableError e) {
            saved = e.settingsWithoutPassword(AlertSettings.class);
            problem = new CheckResult(false, e.getMessage());
        }
        security.set(saved.security() == null ? Security.STARTTLS : saved.security());
        host.load(saved.smtpHost());
        port.load(saved.smtpPort() == null ? "" : String.valueOf(saved.smtpPort()));
        login.load(saved.login());
        password.load(saved.password());
        sender.load(saved.sender());
        recipients.load(String.join(", ", saved.recipients()));
        threshold.load(String.valueOf(saved.failureThreshold()));
        test.clear();
        test.result().set(problem);
        changes.markSaved();
    }

    public AlertSettings value() {
        Integer count = Rules.portValue(threshold.text());
        return new AlertSettings(host.text(), Rules.portValue(port.text()), security.get(), login.text(),
                password.value().get() == null ? "" : password.value().get(), sender.text(),
                AlertSettings.parseRecipients(recipients.text()), count == null ? 0 : count);
    }

    public void save() {
        context.settings().saveAlertSettings(value());
        changes.markSaved();
    }

    public UnsavedChanges changes() {
        return changes;
    }

    /** Sends a test mail with the values as typed (saved or not); the engine journals it. */
    public void test() {
        if (!valid.get()) {
            reveal();
            return;
        }
        AlertSettings typed = value();
        test.run(() -> context.engine().testAlertMail(typed));
    }

    public void reveal() {
        for (ValidatedText field : List.of(host, port, sender, recipients, threshold)) {
            field.reveal();
        }
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    public ObjectProperty<Security> security() {
        return security;
    }

    public ValidatedText host() {
        return host;
    }

    public ValidatedText port() {
        return port;
    }

    public ValidatedText login() {
        return login;
    }

    public ValidatedText password() {
        return password;
    }

    public ValidatedText sender() {
        return sender;
    }

    public ValidatedText recipients() {
        return recipients;
    }

    public ValidatedText threshold() {
        return threshold;
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
