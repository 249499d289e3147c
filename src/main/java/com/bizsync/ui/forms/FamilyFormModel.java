package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A family ("Famille"): a code of its own, a name, the member companies, and the views its
 * consolidated publication carries (a domain exists when one member has that database).
 */
public final class FamilyFormModel {
    private final SettingsStore settings;
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    /** « À extraire »: taken by "publish all" and the schedule. */
    private final BooleanProperty toExtract = new SimpleBooleanProperty(true);
    private final ValidatedText code;
    private final ValidatedText name = new ValidatedText(Rules.none());
    private final PageCheck page;
    private final Map<Company, BooleanProperty> members = new LinkedHashMap<>();
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final BooleanBinding hasMembers;
    private final BooleanBinding valid;

    public FamilyFormModel(SettingsStore settings) {
        this.settings = settings;
        code = new ValidatedText(this::codeRule, creating);
        for (Company company : settings.companies()) {
            BooleanProperty member = new SimpleBooleanProperty();
            member.addListener((obs, old, now) -> refreshDomains());
            members.put(company, member);
        }
        hasMembers = Bindings.createBooleanBinding(() -> !memberCodes().isEmpty(),
                members.values().toArray(Observable[]::new));
        List<Observable> dependencies = new ArrayList<>(members.values());
        dependencies.add(views.anySelected());
        page = new PageCheck(() -> SettingsValidator.familyError(value(), settings.companies()), List.of(code, name),
                dependencies.toArray(Observable[]::new));
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
    }

    public void edit(Family family) {
        creating.set(false);
        code.load(family.code());
        name.load(family.name());
        members.forEach((company, member) -> member.set(family.companyCodes().contains(company.code())));
        views.load(family.views());
        toExtract.set(family.toExtract());
        refreshDomains();
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
        Family family = value();
        settings.saveFamily(family);
        creating.set(false);
        return family;
    }

    public void reveal() {
        code.reveal();
        name.reveal();
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

    public Map<Company, BooleanProperty> members() {
        return members;
    }

    public ViewChecklistModel views() {
        return views;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
