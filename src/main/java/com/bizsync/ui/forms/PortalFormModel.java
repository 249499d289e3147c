package com.bizsync.ui.forms;

import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import java.util.List;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.CheckResult;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;

/** Portal credentials ("Identifiants portail"): platform address, customer code, password, and the Test. */
public final class PortalFormModel {
    private final AppContext context;
    private final Busy busy;
    private final ValidatedText url = new ValidatedText(SettingsValidator::typedPlatformUrlError);
    private final ValidatedText customerCode = new ValidatedText(SettingsValidator::customerCodeError);
    private final ValidatedText password = new ValidatedText(SettingsValidator::portalPasswordError);
    private final PageCheck page = new PageCheck(() -> SettingsValidator.portalError(value()),
            List.of(url, customerCode, password));
    private final BooleanBinding valid = page.valid();
    private final InlineTest test;
    private final UnsavedChanges changes = new UnsavedChanges(this::value);

    public PortalFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.busy = busy;
        this.test = new InlineTest(busy, url.value(), customerCode.value(), password.value());
        changes.markSaved();
    }

    public void load() {
        PortalSettings portal = context.settings().portal();
        url.load(portal.platformUrl());
        customerCode.load(portal.customerCode());
        password.load(portal.password());
        page.conceal();
        test.clear();
        changes.markSaved();
    }

    public PortalSettings value() {
        return new PortalSettings(PortalSettings.withScheme(url.text()), customerCode.text(), password.value().get());
    }

    public void save() {
        context.settings().savePortal(value());
        changes.markSaved();
    }

    /** Shows the address as it will be used once the user leaves the field: with https:// if typed without. */
    public void completeUrl() {
        String completed = PortalSettings.withScheme(url.text());
        if (!completed.equals(url.text()) && SettingsValidator.typedPlatformUrlError(completed).isEmpty()) {
            url.value().set(completed);
        }
    }

    public UnsavedChanges changes() {
        return changes;
    }

    /** Authenticates against the platform with the values as typed (saved or not). */
    public void test() {
        if (!valid.get()) {
            reveal();
            return;
        }
        PortalSettings portal = value();
        test.run(() -> context.engine().testPortal(portal, context.settings().proxy()));
    }

    public void reveal() {
        url.reveal();
        customerCode.reveal();
        password.reveal();
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    public ValidatedText url() {
        return url;
    }

    public ValidatedText customerCode() {
        return customerCode;
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
