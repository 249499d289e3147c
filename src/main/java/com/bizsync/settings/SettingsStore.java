package com.bizsync.settings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of this installation (FUNCTIONAL.md §2–§6), kept in one SQLite file. The only
 * entry point to stored settings: the console and the scheduled runs both go through it, at
 * the same time if need be. Saving validates first and throws {@link com.bizsync.i18n.UserError}
 * with the reason a user can act on; nothing invalid is ever stored.
 */
public interface SettingsStore extends AutoCloseable {

    /** The background runner's last heartbeat, if one ever ran with these settings. */
    Optional<RunnerStatus> runnerStatus();

    void saveRunnerStatus(RunnerStatus status);

    PortalSettings portal();

    /**
     * Takes the installation-wide lock {@code name}, shared with the other processes using these
     * settings, waiting at most {@code wait}.
     *
     * @throws com.bizsync.i18n.UserError when another process keeps it longer
     */
    InstallationLock lock(String name, java.time.Duration wait);

    void savePortal(PortalSettings portal);

    DatabaseLogin databaseLogin();

    void saveDatabaseLogin(DatabaseLogin login);

    ProxySettings proxy();

    void saveProxy(ProxySettings proxy);

    Schedule schedule();

    void saveSchedule(Schedule schedule);

    /** Mail settings of the alerts ({@link AlertSettings#DEFAULTS} until saved). */
    AlertSettings alertSettings();

    void saveAlertSettings(AlertSettings settings);

    /** The alert state of every code that has had a publication outcome, by code. */
    List<AlertState> alertStates();

    /**
     * Reads the alert state of {@code code} ({@link AlertState#initial} if none), applies
     * {@code change} and stores the result, in one transaction: the console and the runner may
     * record outcomes of the same code at once without losing either.
     */
    AlertState updateAlertState(String code, java.util.function.UnaryOperator<AlertState> change);

    /** Accounts whose class makes the accounting revenue (default {@code ["70"]}). */
    List<String> revenuePrefixes();

    void saveRevenuePrefixes(List<String> prefixes);

    /** The console's language ({@code fr} or {@code en}); empty until the administrator picks one. */
    Optional<Locale> language();

    /** Stores the language only ({@code fr_CA} is saved as {@code fr}); anything but French or English is refused. */
    void saveLanguage(Locale language);

    List<Company> companies();

    Optional<Company> company(String code);

    /** Creates or replaces the company with this code. */
    void saveCompany(Company company);

    void deleteCompany(String code);

    List<Family> families();

    void saveFamily(Family family);

    void deleteFamily(String code);

    List<MobileUser> users();

    Optional<MobileUser> user(String login);

    /**
     * Creates or replaces a user. {@code newPassword} is hashed here; null or blank keeps the
     * stored hash (required when the user is new).
     */
    void saveUser(MobileUser user, String newPassword);

    void deleteUser(String login);

    /** Steps of the first-run wizard the administrator has completed, so it resumes where left. */
    Set<String> completedWizardSteps();

    void markWizardStep(String step, boolean completed);

    JournalEntry appendJournal(JournalEntry entry);

    /** Journal rows, newest first, matching the filter (null members match everything). */
    List<JournalEntry> journal(JournalFilter filter);

    record JournalFilter(String company, JournalEntry.Status status, Instant from, Instant to, int limit) {
        public static final JournalFilter ALL = new JournalFilter(null, null, null, null, 10_000);
    }

    @Override
    void close();
}
