package com.bizsync.ui.wizard;

import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.forms.DatabaseFormModel;
import com.bizsync.ui.forms.DatabaseFormView;
import com.bizsync.ui.forms.PortalFormModel;
import com.bizsync.ui.forms.PortalFormView;
import com.bizsync.ui.forms.ProxyFormModel;
import com.bizsync.ui.forms.ProxyFormView;
import com.bizsync.ui.forms.ScheduleFormModel;
import com.bizsync.ui.forms.ScheduleFormView;
import java.util.List;
import java.util.Set;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The first-run wizard (FUNCTIONAL.md §5): portal credentials, database login, proxy, schedule
 * (listed with the settings, as in the original), companies, views, users. Builds the steps and
 * their models; {@link WizardView} shows them.
 */
public final class FirstRunWizard {
    /** Step ids as stored by {@code markWizardStep}, in order. */
    public static final List<String> STEP_IDS = List.of("portal", "database", "proxy", "schedule", "companies", "views",
            "users");
    /**
     * Steps an installation may have finished without: the schedule step came in a later version,
     * and "no schedule" is a valid answer, so an earlier finished wizard does not open again for it.
     */
    static final Set<String> OPTIONAL_STEP_IDS = Set.of("schedule");

    private final WizardModel model;
    private final PortalFormModel portal;
    private final DatabaseFormModel database;
    private final ProxyFormModel proxy;
    private final ScheduleFormModel schedule;
    private final CompaniesStepModel companies;
    private final ViewsStepModel views;
    private final UsersStepModel users;

    public FirstRunWizard(AppContext context) {
        SettingsStore settings = context.settings();
        portal = new PortalFormModel(context, new Busy(context.background()));
        database = new DatabaseFormModel(context, new Busy(context.background()));
        proxy = new ProxyFormModel(context, new Busy(context.background()), settings::portal);
        schedule = new ScheduleFormModel(settings);
        companies = new CompaniesStepModel(context);
        views = new ViewsStepModel(settings);
        users = new UsersStepModel(settings);
        model = new WizardModel(settings, List.of(
                new FormStep("portal", "wizard.step.portal", MaterialDesignW.WEB, () -> new PortalFormView(portal),
                        portal.valid(), portal::load, portal::save, portal::reveal),
                new FormStep("database", "wizard.step.database", MaterialDesignD.DATABASE,
                        () -> new DatabaseFormView(database), database.valid(), database::load, database::save,
                        database::reveal),
                new FormStep("proxy", "wizard.step.proxy", MaterialDesignL.LAN, () -> new ProxyFormView(proxy),
                        proxy.valid(), proxy::load, proxy::save, proxy::reveal),
                new FormStep("schedule", "wizard.step.schedule", MaterialDesignC.CALENDAR_CLOCK,
                        () -> new ScheduleFormView(schedule), schedule.valid(), () -> {
                            schedule.load();
                            if (context.engine() != null) {
                                schedule.runner().set(context.engine().schedulerState());
                            }
                        }, schedule::save, () -> {
                            schedule.firstRun().reveal();
                            schedule.page().reveal();
                        }),
                new FormStep("companies", "wizard.step.companies", MaterialDesignD.DOMAIN,
                        () -> new CompaniesStepView(companies), companies.valid(), companies::load, () -> { },
                        () -> companies.form().reveal()),
                new FormStep("views", "wizard.step.views", MaterialDesignE.EYE, () -> new ViewsStepView(views),
                        views.valid(), views::load, views::save, () -> { }),
                new FormStep("users", "wizard.step.users", MaterialDesignA.ACCOUNT_MULTIPLE,
                        () -> new UsersStepView(users), users.valid(), users::load, () -> { },
                        () -> users.form().reveal())));
    }

    /**
     * The wizard opens instead of the console when the essential settings are missing (no portal
     * credentials, no company, no user) or when a wizard was started and not finished.
     */
    public static boolean isNeeded(SettingsStore settings) {
        Set<String> done = settings.completedWizardSteps();
        List<String> required = STEP_IDS.stream().filter(id -> !OPTIONAL_STEP_IDS.contains(id)).toList();
        boolean unfinished = !done.isEmpty() && !WizardModel.allComplete(done, required);
        boolean incomplete = settings.portal().platformUrl().isBlank() || settings.portal().customerCode().isBlank()
                || settings.companies().isEmpty() || settings.users().isEmpty();
        return unfinished || incomplete;
    }

    /** Opens the wizard at its first incomplete step. */
    public void start() {
        model.start();
    }

    /** Shows this step if it is reachable (used when the language changes). */
    public void goToStep(int index) {
        model.goTo(index);
    }

    WizardModel model() {
        return model;
    }

    public PortalFormModel portal() {
        return portal;
    }

    public DatabaseFormModel database() {
        return database;
    }

    public ProxyFormModel proxy() {
        return proxy;
    }

    public ScheduleFormModel schedule() {
        return schedule;
    }

    /** Which step is shown (0-based), for tests and the window title. */
    public int currentIndex() {
        return model.current().get();
    }

    public String currentStepId() {
        return model.currentStep().get().id();
    }
}
