package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.FieldCheck;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A family ("Famille"): a code of its own, a name, the member companies, and the views its
 * consolidated publication carries (a domain exists when one member has that database). Saving
 * asks the engine whether its companies can be consolidated (same fiscal year and currency).
 */
public final class FamilyFormModel implements EditorForm {
    private final AppContext context;
    private final SettingsStore settings;
    private final Busy busy;
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    /** « À extraire »: taken by "publish all" and the schedule. */
    private final BooleanProperty toExtract = new SimpleBooleanProperty(true);
    private final ValidatedText code;
    private final ValidatedText name = new ValidatedText(SettingsValidator::familyNameError);
    private final PageCheck page;
    private final Map<Company, BooleanProperty> members = new LinkedHashMap<>();
    private final FieldCheck membersCheck;
    private final UnsavedChanges changes = new UnsavedChanges(this::value);
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final BooleanBinding hasMembers;
    private final BooleanBinding valid;

    public FamilyFormModel(AppContext context, Busy busy) {
        this.context = context;
        this.settings = context.settings();
        this.busy = busy;
        code = new ValidatedText(this::codeRule, creating);
        for (Company company : settings.companies()) {
            BooleanProperty member = new SimpleBooleanProperty();
            member.addListener((obs, old, now) -> refreshDomains());
            members.put(company, member);
        }
        hasMembers = Bindings.createBooleanBinding(() -> !memberCodes().isEmpty(),
                members.values().toArray(Observable[]::new));
        membersCheck = new FieldCheck(() -> SettingsValidator.familyMembersError(memberCodes()),
                List.copyOf(members.values()));
        page = new PageCheck(() -> SettingsValidator.familyError(value(), settings.companies()),
                List.of(code, name, membersCheck), views.anySelected());
        valid = code.valid().and(page.valid()).and(hasMembers).and(views.anySelected());
        startNew();
    }

    private Optional<String> codeRule(String text) {
        return creating.get()
                ? SettingsValidator.newCodeError(text, true, settings.companies(), settings.families())
                : SettingsValidator.familyCodeError(text);
    }

    public void startNew() {
        creating.set(true);
        toExtract.set(true);
        code.load("");
        name.load("");
        members.values().forEach(m -> m.set(false));
        views.load(EnumSet.allOf(ViewId.class));
        refreshDomains();
        loaded();
    }

    public void edit(Family family) {
        creating.set(false);
        code.load(family.code());
        name.load(family.name());
        members.forEach((company, member) -> member.set(family.companyCodes().contains(company.code())));
        views.load(family.views());
        toExtract.set(family.toExtract());
        refreshDomains();
        loaded();
    }

    private void loaded() {
        membersCheck.untouch();
        page.conceal();
        changes.markSaved();
    }

    private void refreshDomains() {
        for (Domain domain : Domain.values()) {
            boolean any = members.entrySet().stream()
                    .anyMatch(e -> e.getValue().get() && GrantTarget.domainsOf(e.getKey()).contains(domain));
            views.available(domain).set(any);
        }
    }

    public List<String> memberCodes() {
        List<String> codes = new ArrayList<>();
        members.forEach((company, member) -> {
            if (member.get()) {
                codes.add(company.code());
            }
        });
        return codes;
    }

    public Family value() {
        return new Family(code.text(), name.text(), memberCodes(), views.selected(), toExtract.get());
    }

    public Family save() {
        return save(value());
    }

    private Family save(Family family) {
        settings.saveFamily(family);
        creating.set(false);
        changes.markSaved();
        return family;
    }

    /** Saves once the engine found the companies can be consolidated, else says which differ. */
    @Override
    public void saveThen(Runnable saved, Consumer<String> refused) {
        Family family = value();
        EditorForm.saveAfter(busy, () -> context.engine().checkFamily(family), () -> save(family), saved, refused);
    }

    @Override
    public String unsavedQuestion() {
        return creating.get() ? Texts.t("unsaved.newFamily") : Texts.t("unsaved.family", code.text());
    }

    @Override
    public UnsavedChanges changes() {
        return changes;
    }

    @Override
    public void reveal() {
        code.reveal();
        name.reveal();
        membersCheck.reveal();
        page.reveal();
    }

    /** The reason shown under the member companies. */
    public FieldCheck membersCheck() {
        return membersCheck;
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

    public Map<Company, BooleanProperty> members() {
        return members;
    }

    public ViewChecklistModel views() {
        return views;
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }
}
