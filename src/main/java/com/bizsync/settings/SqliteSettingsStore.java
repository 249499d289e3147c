package com.bizsync.settings;

import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The settings in {@code settings.db} of the BizSync home folder, passwords encrypted with the
 * key of a {@link SecretKeyStore}. One instance is safe for any number of threads; several
 * instances (or processes) may share the file. Every save validates with
 * {@link SettingsValidator} and runs in one transaction.
 */
public final class SqliteSettingsStore implements SettingsStore {
    public static final String FILE_NAME = "settings.db";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSettingsStore.class);

    private final Path file;
    private final Connection connection;
    private final PageTables pages;
    private final CompanyTables companies = new CompanyTables();
    private final UserTables users = new UserTables();
    private final RunnerTable runner = new RunnerTable();
    private final JournalTable journal = new JournalTable();
    private final AlertTables alerts;
    /** A JDBC connection serves one statement at a time. */
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private SqliteSettingsStore(Path file, Connection connection, SecretCipher cipher) {
        this.file = file;
        this.connection = connection;
        this.pages = new PageTables(cipher);
        this.alerts = new AlertTables(cipher);
    }

    /** The store of the default home folder ({@link AppHome#resolve()}). */
    public static SqliteSettingsStore openDefault() {
        return open(AppHome.resolve());
    }

    /** Opens (creating if needed) the folder, its {@code settings.db} and its {@code secret.key}. */
    public static SqliteSettingsStore open(Path homeFolder) {
        Path home = homeFolder.toAbsolutePath();
        return open(home, new KeyFileSecretKeyStore(home.resolve(KeyFileSecretKeyStore.FILE_NAME)));
    }

    public static SqliteSettingsStore open(Path homeFolder, SecretKeyStore keys) {
        Path home = homeFolder.toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            LOG.error("Cannot create the BizSync home folder {}", home, e);
            throw new UserError(e, "settings.home.failed", home);
        }
        SecretCipher cipher = new SecretCipher(keys.loadOrCreate());
        Path file = home.resolve(FILE_NAME);
        try {
            OwnerOnlyFiles.prepareSharedDatabase(file);
            SqliteSettingsStore store = new SqliteSettingsStore(file, SettingsDatabase.open(file), cipher);
            LOG.info("Settings opened: {}", file);
            return store;
        } catch (SQLException | IOException | FlywayException e) {
            LOG.error("Cannot open the settings file {}", file, e);
            throw new UserError(e, "settings.open.failed", file);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public InstallationLock lock(String name, java.time.Duration wait) {
        return InstallationLock.acquire(file.getParent(), name, wait);
    }

    @Override
    public Optional<RunnerStatus> runnerStatus() {
        return withConnection(runner::status);
    }

    @Override
    public void saveRunnerStatus(RunnerStatus status) {
        write(c -> runner.save(c, status));
    }

    @Override
    public PortalSettings portal() {
        return withConnection(pages::portal);
    }

    @Override
    public void savePortal(PortalSettings portal) {
        Problem.require(SettingsRules.portalProblem(portal));
        write(c -> pages.savePortal(c, portal));
        LOG.info("Saved the portal settings (customer {})", portal.customerCode());
    }

    @Override
    public DatabaseLogin databaseLogin() {
        return withConnection(pages::databaseLogin);
    }

    @Override
    public void saveDatabaseLogin(DatabaseLogin login) {
        // Blank is "no SQL Server login" (demo files only); whether one is needed depends on the
        // companies, which the console checks (Company.serverLoginNeeded) and the publication reports.
        if (!login.isBlank()) {
            Problem.require(SettingsRules.databaseLoginProblem(login));
        }
        write(c -> pages.saveDatabaseLogin(c, login));
        LOG.info("Saved the database login (server {})", login.host());
    }

    @Override
    public ProxySettings proxy() {
        return withConnection(pages::proxy);
    }

    @Override
    public void saveProxy(ProxySettings proxy) {
        Problem.require(SettingsRules.proxyProblem(proxy));
        write(c -> pages.saveProxy(c, proxy));
        LOG.info("Saved the proxy settings (mode {})", proxy.mode());
    }

    @Override
    public Schedule schedule() {
        return withConnection(pages::schedule);
    }

    @Override
    public void saveSchedule(Schedule schedule) {
        Problem.require(SettingsRules.scheduleProblem(schedule));
        write(c -> pages.saveSchedule(c, schedule));
        LOG.info("Saved the schedule {}", schedule);
    }

    @Override
    public AlertSettings alertSettings() {
        return withConnection(alerts::settings);
    }

    @Override
    public void saveAlertSettings(AlertSettings settings) {
        Problem.require(SettingsRules.alertSettingsProblem(settings));
        write(c -> alerts.saveSettings(c, settings));
        LOG.info("Saved the alert settings (server {}, {} recipients)", settings.smtpHost(), settings.recipients().size());
    }

    @Override
    public List<AlertState> alertStates() {
        return withConnection(alerts::states);
    }

    @Override
    public AlertState updateAlertState(String code, java.util.function.UnaryOperator<AlertState> change) {
        AlertState[] updated = new AlertState[1];
        write(c -> {
            updated[0] = change.apply(alerts.state(c, code));
            alerts.saveState(c, updated[0]);
        });
        return updated[0];
    }

    @Override
    public List<String> revenuePrefixes() {
        return withConnection(pages::revenuePrefixes);
    }

    @Override
    public void saveRevenuePrefixes(List<String> prefixes) {
        Problem.require(SettingsRules.revenuePrefixesProblem(prefixes));
        write(c -> pages.saveRevenuePrefixes(c, prefixes));
    }

    @Override
    public Optional<Locale> language() {
        return withConnection(pages::language);
    }

    @Override
    public void saveLanguage(Locale language) {
        Problem.require(SettingsRules.languageProblem(language));
        write(c -> pages.saveLanguage(c, language));
        LOG.info("Saved the console language {}", language.getLanguage());
    }

    @Override
    public List<Company> companies() {
        return withConnection(companies::companies);
    }

    @Override
    public Optional<Company> company(String code) {
        return companies().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public void saveCompany(Company company) {
        write(c -> {
            Problem.require(SettingsRules.companyProblem(company, companies.families(c)));
            companies.saveCompany(c, company);
        });
        LOG.info("Saved company {}", company.code());
    }

    @Override
    public void deleteCompany(String code) {
        write(c -> {
            companies.deleteCompany(c, code);
            alerts.deleteState(c, code);
        });
        LOG.info("Deleted company {} (with its family memberships and user grants)", code);
    }

    @Override
    public List<Family> families() {
        return withConnection(companies::families);
    }

    @Override
    public void saveFamily(Family family) {
        write(c -> {
            Problem.require(SettingsRules.familyProblem(family, companies.companies(c)));
            companies.saveFamily(c, family);
        });
        LOG.info("Saved family {}", family.code());
    }

    @Override
    public void deleteFamily(String code) {
        write(c -> {
            companies.deleteFamily(c, code);
            alerts.deleteState(c, code);
        });
        LOG.info("Deleted family {} (with its user grants)", code);
    }

    @Override
    public List<MobileUser> users() {
        return withConnection(users::users);
    }

    @Override
    public Optional<MobileUser> user(String login) {
        return withConnection(c -> users.user(c, login));
    }

    @Override
    public void saveUser(MobileUser user, String newPassword) {
        boolean keepHash = newPassword == null || newPassword.isEmpty();
        Problem.require(SettingsRules.userPasswordProblem(newPassword, false));
        // Hashing takes a tenth of a second: done before taking the write lock.
        String newHash = keepHash ? null : UserPasswords.hash(newPassword);
        MobileUser granted = withoutEmptyGrants(user);
        write(c -> {
            Optional<MobileUser> existing = users.user(c, user.login());
            Problem.require(SettingsRules.userProblem(granted, newPassword, existing.isEmpty(),
                    companies.companies(c), companies.families(c)));
            users.save(c, granted, keepHash ? existing.orElseThrow().passwordHash() : newHash);
        });
        LOG.info("Saved mobile user {}{}", user.login(), keepHash ? "" : " with a new password");
    }

    private static MobileUser withoutEmptyGrants(MobileUser user) {
        Map<String, Set<ViewId>> grants = new LinkedHashMap<>();
        user.grants().forEach((code, views) -> {
            if (!views.isEmpty()) {
                grants.put(code, views);
            }
        });
        return new MobileUser(user.login(), user.name(), user.passwordHash(), grants);
    }

    @Override
    public void deleteUser(String login) {
        write(c -> users.delete(c, login));
        LOG.info("Deleted mobile user {}", login);
    }

    @Override
    public Set<String> completedWizardSteps() {
        return withConnection(pages::completedWizardSteps);
    }

    @Override
    public void markWizardStep(String step, boolean completed) {
        if (step == null || step.isBlank()) {
            throw new IllegalArgumentException("blank wizard step");
        }
        write(c -> pages.markWizardStep(c, step, completed));
    }

    @Override
    public JournalEntry appendJournal(JournalEntry entry) {
        return withConnection(c -> journal.append(c, entry));
    }

    /** Newest first; {@code from} is inclusive and {@code to} exclusive; a limit of 0 or less means no limit. */
    @Override
    public List<JournalEntry> journal(JournalFilter filter) {
        return withConnection(c -> journal.read(c, filter == null ? JournalFilter.ALL : filter));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the settings file {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }

    // ---- Transactions ----

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Change {
        void run(Connection c) throws SQLException;
    }

    /** One statement, or reads that need no transaction (each statement sees one consistent state). */
    private <T> T withConnection(Work<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw storageError(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred
     * transaction that reads first would fail at once with SQLITE_BUSY when another process wrote meanwhile.
     */
    private void write(Change change) {
        lock.lock();
        try {
            ensureOpen();
            execute("BEGIN IMMEDIATE");
            try {
                change.run(connection);
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw storageError(e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("Rollback failed on {}", file, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("settings store closed");
        }
    }

    private UserError storageError(SQLException e) {
        LOG.error("Settings file {} failed", file, e);
        // Extended codes (BUSY_SNAPSHOT, BUSY_TIMEOUT…) carry the primary code in their low byte.
        int primary = e instanceof SQLiteException s ? s.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
        boolean busy = primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
        return busy ? new UserError(e, "settings.storage.busy") : new UserError(e, "settings.storage.failed", file);
    }
}
