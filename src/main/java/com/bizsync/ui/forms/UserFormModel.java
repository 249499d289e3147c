package com.bizsync.ui.forms;

import com.bizsync.settings.MobileUser;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.PageCheck;
import java.util.List;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.common.UnsavedChanges;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A mobile user ("Utilisateur"): name, login, password (required for a new user, blank keeps the
 * current one), and per company the views they may see: choose the company, tick its views.
 */
public final class UserFormModel implements EditorForm {
    private final SettingsStore settings;
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final ValidatedText name = new ValidatedText(SettingsValidator::userNameError);
    private final ValidatedText login;
    private final ValidatedText password;
    private final ObservableList<GrantTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<GrantTarget> selectedTarget = new SimpleObjectProperty<>();
    private final ViewChecklistModel views = new ViewChecklistModel();
    private final Map<String, Set<ViewId>> grants = new LinkedHashMap<>();
    private final BooleanBinding valid;
    private final PageCheck page;
    private final IntegerProperty grantsChanged = new SimpleIntegerProperty();
    private boolean showing;
    private String passwordHash = "";
    /** The password typed counts as a change too. */
    private final UnsavedChanges changes = new UnsavedChanges(this::unsavedState);

    public UserFormModel(SettingsStore settings) {
        this.settings = settings;
        login = new ValidatedText(this::loginRule, creating);
        password = new ValidatedText(text -> SettingsValidator.userPasswordError(text, creating.get()), creating);
        page = new PageCheck(() -> SettingsValidator.userError(value(), password.value().get(), creating.get(),
                settings.companies(), settings.families()), List.of(name, login, password), creating, grantsChanged);
        valid = login.valid().and(page.valid());
        // The grants map is the truth; the check boxes only show the target on screen. A tick the
        // user changes is written back at once, and showing another target never writes.
        selectedTarget.addListener((obs, old, now) -> showTicks(now));
        for (ViewId view : ViewId.values()) {
            views.tick(view).addListener((obs, was, now) -> keepTicks());
        }
        startNew();
    }

    private Optional<String> loginRule(String text) {
        Optional<String> format = SettingsValidator.loginError(text);
        if (format.isPresent() || !creating.get()) {
            return format;
        }
        return Rules.loginTaken(settings.user(text).isPresent());
    }

    public void startNew() {
        creating.set(true);
        passwordHash = "";
        name.load("");
        login.load("");
        password.load("");
        grants.clear();
        reloadTargets();
        grantsChanged.set(grantsChanged.get() + 1);
        changes.markSaved();
    }

    public void edit(MobileUser user) {
        creating.set(false);
        passwordHash = user.passwordHash();
        name.load(user.name());
        login.load(user.login());
        password.load("");
        grants.clear();
        user.grants().forEach((code, granted) -> {
            if (!granted.isEmpty()) {
                grants.put(code, EnumSet.copyOf(granted));
            }
        });
        reloadTargets();
        grantsChanged.set(grantsChanged.get() + 1);
        changes.markSaved();
    }

    private void reloadTargets() {
        selectedTarget.set(null);
        targets.setAll(GrantTarget.all(settings));
        if (!targets.isEmpty()) {
            selectedTarget.set(targets.get(0));
        } else {
            showTicks(null);
        }
    }

    private void keepTicks() {
        GrantTarget target = selectedTarget.get();
        if (showing || target == null) {
            return;
        }
        Set<ViewId> chosen = views.selected();
        if (chosen.isEmpty()) {
            grants.remove(target.code());
        } else {
            grants.put(target.code(), chosen);
        }
        grantsChanged.set(grantsChanged.get() + 1);
    }

    private void showTicks(GrantTarget target) {
        showing = true;
        try {
            for (Domain domain : Domain.values()) {
                views.available(domain).set(target != null && target.domains().contains(domain));
            }
            views.offer(target == null ? Set.of() : target.views());
            views.load(target == null ? Set.of() : grants.getOrDefault(target.code(), EnumSet.noneOf(ViewId.class)));
        } finally {
            showing = false;
        }
    }

    /** The grants of every company and family, including the ticks of the one on screen. */
    public Map<String, Set<ViewId>> grants() {
        return Map.copyOf(grants);
    }

    public MobileUser value() {
        return new MobileUser(login.text(), name.text(), passwordHash, grants());
    }

    public MobileUser save() {
        MobileUser user = value();
        String newPassword = password.value().get();
        settings.saveUser(user, newPassword == null || newPassword.isEmpty() ? null : newPassword);
        MobileUser saved = settings.user(user.login()).orElse(user);
        passwordHash = saved.passwordHash();
        creating.set(false);
        password.load("");
        changes.markSaved();
        return saved;
    }

    @Override
    public void saveThen(Runnable saved, java.util.function.Consumer<String> refused) {
        EditorForm.saveNow(this::save, saved, refused);
    }

    @Override
    public String unsavedQuestion() {
        return creating.get() ? Texts.t("unsaved.newUser") : Texts.t("unsaved.user", login.text());
    }

    private Object unsavedState() {
        return List.of(value(), password.text());
    }

    @Override
    public UnsavedChanges changes() {
        return changes;
    }

    @Override
    public void reveal() {
        name.reveal();
        login.reveal();
        password.reveal();
        page.reveal();
    }

    public PageCheck page() {
        return page;
    }

    public BooleanProperty creating() {
        return creating;
    }

    public ValidatedText name() {
        return name;
    }

    public ValidatedText login() {
        return login;
    }

    public ValidatedText password() {
        return password;
    }

    public ObservableList<GrantTarget> targets() {
        return targets;
    }

    public ObjectProperty<GrantTarget> selectedTarget() {
        return selectedTarget;
    }

    public ViewChecklistModel views() {
        return views;
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }
}
