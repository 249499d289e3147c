package com.bizsync.ui.forms;

import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.ProxySettings.Mode;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import java.util.List;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Proxy settings ("Paramètres proxy"): system default, or a proxy given here with optional credentials. */
public final class ProxyFormModel {
    private final AppContext context;
    private final Busy busy;
    private final Supplier<PortalSettings> portal;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SYSTEM);
    private final BooleanBinding manual = Bindings.createBooleanBinding(() -> mode.get() == Mode.MANUAL, mode);
    private final ValidatedText host = new ValidatedText(
            text -> manual.get() ? SettingsValidator.proxyHostError(text) : Optional.empty(), manual);
    private final ValidatedText port = new ValidatedText(
            text -> manual.get() ? SettingsValidator.proxyPortError(Rules.portValue(text)) : Optional.empty(), manual);
    private final ValidatedText password = new ValidatedText(Rules.none());
    private final ValidatedText user = new ValidatedText(
            text -> manual.get() ? SettingsValidator.proxyUserError(text, password.value().get()) : Optional.empty(),
            manual, password.value());
    private final PageCheck page = new PageCheck(() -> SettingsValidator.proxyError(value()),
            List.of(host, port, user, password), mode);
    private final BooleanBinding valid = page.valid();
    private final InlineTest test;
    private final UnsavedChanges changes = new UnsavedChanges(this::value);

    /** @param portal the platform to reach in the Test (the saved one, or the one being typed) */
    public ProxyFormModel(AppContext context, Busy busy, Supplier<PortalSettings> portal) {
        this.context = context;
        this.busy = busy;
        this.portal = portal;
        this.test = new InlineTest(busy, host.value(), port.value(), user.value(), password.value(), mode);
        changes.markSaved();
    }

    public void load() {
        ProxySettings proxy = context.settings().proxy();
        mode.set(proxy.mode() == null ? Mode.SYSTEM : proxy.mode());
        host.load(proxy.host());
        port.load(proxy.port() == null ? "" : String.valueOf(proxy.port()));
        user.load(proxy.user());
        password.load(proxy.password());
        page.conceal();
        test.clear();
        changes.markSaved();
    }

    public ProxySettings value() {
        if (!manual.get()) {
            return ProxySettings.SYSTEM;
        }
        return new ProxySettings(Mode.MANUAL, host.text(), Rules.portValue(port.text()), user.text(),
                password.value().get() == null ? "" : password.value().get());
    }

    public void save() {
        context.settings().saveProxy(value());
        changes.markSaved();
    }

    public UnsavedChanges changes() {
        return changes;
    }

    /** Reaches the platform through the proxy as typed. */
    public void test() {
        if (!valid.get()) {
            reveal();
            return;
        }
        ProxySettings proxy = value();
        PortalSettings target = portal.get();
        test.run(() -> context.engine().testProxy(proxy, target));
    }

    public void reveal() {
        host.reveal();
        port.reveal();
        user.reveal();
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    public ObjectProperty<Mode> mode() {
        return mode;
    }

    public BooleanBinding manual() {
        return manual;
    }

    public ValidatedText host() {
        return host;
    }

    public ValidatedText port() {
        return port;
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
