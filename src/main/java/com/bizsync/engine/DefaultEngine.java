package com.bizsync.engine;

import com.bizsync.alerts.Incident;
import com.bizsync.alerts.Lateness;
import com.bizsync.alerts.SmtpMailer;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import com.bizsync.publish.ClientTuning;
import com.bizsync.publish.PlatformClient;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.Family;
import com.bizsync.settings.InstallationLock;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.SettingsStore;
import com.bizsync.source.SageDatabase;
import com.bizsync.source.SageDatabases;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The engine behind the console, the command line and the scheduler. Settings are read from the
 * store at the start of each operation, so a change saved in the console applies to the next run.
 */
public final class DefaultEngine implements Engine {
    /** Companies extracted and sent at the same time by publishAll (a small load on SQL Server). */
    public static final int PARALLEL_COMPANIES = 3;
    private static final String USERS_LOCK = "users";
    /** How long an operation on a company waits for another process's operation on it. */
    private static final java.time.Duration COMPANY_LOCK_WAIT = java.time.Duration.ofMinutes(2);
    /** Longer than one sending of the users with its retries and timeouts. */
    private static final java.time.Duration USERS_LOCK_WAIT = java.time.Duration.ofMinutes(5);
    private final SettingsStore store;
    private final Supplier<LocalDate> asOf;
    private final ClientTuning tuning;
    private final Journal journal;
    private final Clock clock;
    private final AlertDesk alerts;

    public DefaultEngine(SettingsStore store, Clock clock) {
        this(store, clock, () -> LocalDate.now(clock), ClientTuning.DEFAULT);
    }

    /**
     * @param asOf   the extraction date (today in the product; fixed by tests and replays)
     * @param tuning network timeouts and retries of the publication client
     */
    public DefaultEngine(SettingsStore store, Clock clock, Supplier<LocalDate> asOf, ClientTuning tuning) {
        this(store, clock, asOf, tuning, new SmtpMailer());
    }

    /** @param mailer sends the alert mails (tests give one trusting their own SMTP server's certificate) */
    public DefaultEngine(SettingsStore store, Clock clock, Supplier<LocalDate> asOf, ClientTuning tuning,
                         SmtpMailer mailer) {
        this.store = store;
        this.asOf = asOf;
        this.tuning = tuning;
        this.clock = clock;
        this.journal = new Journal(store, clock);
        this.alerts = new AlertDesk(store, clock, journal, mailer);
    }

    // ---- tests of the settings

    @Override
    public OperationResult testPortal(PortalSettings portal, ProxySettings proxy) {
        return journal.run("", Operation.TEST_PORTAL, () -> {
            PlatformClient.CustomerAccount account = new PlatformClient(portal, proxy, tuning).check();
            return Sentence.of("engine.portalOk", account.customer(), account.name());
        });
    }

    @Override
    public OperationResult testProxy(ProxySettings proxy, PortalSettings portal) {
        return journal.run("", Operation.TEST_PROXY, () -> {
            PlatformClient client = new PlatformClient(portal, proxy, tuning);
            client.check();
            return proxy.mode() == ProxySettings.Mode.MANUAL
                    ? Sentence.of("engine.proxyOk", client.platformUrl(), proxy.host() + ":" + proxy.port())
                    : Sentence.of("engine.systemProxyOk", client.platformUrl());
        });
    }

    @Override
    public List<OperationResult> testDatabases(DatabaseLogin login, List<Company> companies) {
        DatabaseTester tester = new DatabaseTester(login);
        List<OperationResult> results = new ArrayList<>();
        for (Company company : companies) {
            results.add(journal.run(company.code(), Operation.TEST_DATABASE, () -> tester.test(company)));
        }
        return results;
    }

    @Override
    public List<OperationResult> testDatabaseLogin(DatabaseLogin login) {
        List<Company> onServer = store.companies().stream().filter(SnapshotBuilder::readsServer).toList();
        if (onServer.isEmpty()) {
            return List.of(journal.run("", Operation.TEST_DATABASE, () -> new DatabaseTester(login).testServer()));
        }
        return testDatabases(login, onServer);
    }

    @Override
    public OperationResult testCompany(Company company) {
        DatabaseLogin login = store.databaseLogin();
        return journal.run(company.code(), Operation.TEST_DATABASE, () -> new DatabaseTester(login).test(company));
    }

    @Override
    public List<SageDatabase> sageDatabases() {
        return SageDatabases.list(store.databaseLogin());
    }

    @Override
    public OperationResult checkFamily(Family family) {
        return journal.run(family.code(), Operation.TEST_DATABASE, () -> {
            Settings settings = Settings.read(store);
            settings.snapshotBuilder(asOf.get()).checkConsolidable(family, settings.members(family));
            return Sentence.of("engine.familyConsistent", family.code());
        });
    }

    // ---- publication

    @Override
    public OperationResult publish(String code, ProgressListener listener, Cancellation cancellation) {
        Steps steps = new Steps(code, listener, cancellation);
        OperationResult result = journal.run(code, Operation.PUBLISH, () -> exclusively(code, () -> {
            Settings settings = Settings.read(store);
            Sentence sent = publishOne(settings, code, steps);
            steps.enter(Steps.Step.USERS);
            try {
                sendSavedUsers();
            } catch (UserError e) {
                throw new UserError(e, "engine.publishedUsersFailed", sent, e);
            }
            steps.done();
            return sent;
        }), alerts::recordRun);
        alerts.review();
        return result;
    }

    @Override
    public List<OperationResult> publishAll(ProgressListener listener, Cancellation cancellation) {
        return publishAll(listener, cancellation, Operation.PUBLISH);
    }

    /**
     * Publishes every company and family ({@link #PARALLEL_COMPANIES} at a time, so the
     * listener is called from several worker threads), then the users once. The scheduler
     * passes {@link Operation#SCHEDULED_RUN} so its rows can be told apart in the journal.
     */
    public List<OperationResult> publishAll(ProgressListener listener, Cancellation requested, Operation operation) {
        Cancellation cancellation = requested == null ? Cancellation.none() : requested;
        Settings settings;
        try {
            settings = Settings.read(store);
        } catch (RuntimeException e) {
            return List.of(journal.run("", operation, () -> {
                throw e;
            }));
        }
        List<Callable<OperationResult>> tasks = new ArrayList<>();
        for (String code : settings.codesToExtract()) {
            Steps steps = new Steps(code, listener, cancellation);
            tasks.add(() -> journal.run(code, operation, () -> exclusively(code, () -> {
                Sentence sent = publishOne(settings, code, steps);
                steps.done();
                return sent;
            }), alerts::recordRun));
        }
        List<OperationResult> results = new ArrayList<>(runAll(tasks, cancellation));
        if (!settings.codesToExtract().isEmpty() || !settings.users.isEmpty()) {
            Steps steps = new Steps("", listener, cancellation);
            results.add(journal.run("", Operation.PUBLISH_USERS, () -> {
                steps.enter(Steps.Step.USERS);
                Sentence message = sendSavedUsers();
                steps.done();
                return message;
            }));
        }
        alerts.review();
        return results;
    }

    /**
     * Runs the companies a few at a time: while one waits for its database or the platform,
     * another extracts. Results keep the order of the tasks.
     */
    private static List<OperationResult> runAll(List<Callable<OperationResult>> tasks, Cancellation cancellation) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_COMPANIES, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "publish-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<OperationResult>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        pool.shutdown();
        List<OperationResult> results = new ArrayList<>();
        boolean interrupted = false;
        for (Future<OperationResult> future : futures) {
            while (true) {
                try {
                    results.add(future.get());
                    break;
                } catch (InterruptedException e) {
                    // Stop the way the user would: each company journals its cancellation.
                    interrupted = true;
                    cancellation.cancel();
                } catch (ExecutionException e) {
                    // journal.run catches every RuntimeException: only an Error can get here.
                    throw new IllegalStateException("publication worker failed", e.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return results;
    }

    private Sentence publishOne(Settings settings, String code, Steps steps) {
        SnapshotBuilder builder = settings.snapshotBuilder(asOf.get());
        ObjectNode publication = settings.build(code, builder, steps);
        // The time by which the next publication should arrive, so the dashboard can mark it late;
        // a code the schedule does not take (not « À extraire ») has no such time.
        if (settings.codesToExtract().contains(code)) {
            Lateness.nextExpectedAt(settings.schedule(), clock.instant(), clock.getZone())
                    .ifPresent(expected -> publication.put("nextExpectedAt", expected.toString()));
        }
        steps.enter(Steps.Step.SENDING);
        long bytes = settings.client(tuning).publish(code, publication);
        int views = publication.path("views").size();
        return Sentence.of("engine.published", views, Math.max(1, Math.round(bytes / 1024.0)));
    }

    @Override
    public OperationResult publishUsers() {
        return journal.run("", Operation.PUBLISH_USERS, this::sendSavedUsers);
    }

    /**
     * Sends the users saved at this moment, not those read at the start of a long run (a user
     * deleted meanwhile would sign in again). The read and the sending happen under one lock
     * shared by every process, so two lists never overtake each other on the way to the platform.
     */
    private Sentence sendSavedUsers() {
        try (InstallationLock ignored = store.lock(USERS_LOCK, USERS_LOCK_WAIT)) {
            Settings now = Settings.read(store);
            int count = now.client(tuning).replaceUsers(now.users, now.publishedViews());
            return Sentence.of("engine.usersPublished", count);
        }
    }

    @Override
    public JsonNode preview(String code) {
        Settings settings = Settings.read(store);
        return settings.build(code, settings.snapshotBuilder(asOf.get()), new Steps(code, null, null));
    }

    // ---- alerts

    @Override
    public OperationResult testAlertMail(AlertSettings settings) {
        return alerts.test(settings);
    }

    @Override
    public SchedulerState schedulerState() {
        return SchedulerState.read(store, clock);
    }

    @Override
    public List<Incident> reviewAlerts() {
        return alerts.review();
    }

    @Override
    public List<Incident> incidents() {
        return alerts.incidents();
    }

    /**
     * Runs the work on one company or family while no other process of this installation (the
     * console, the scheduler, a command) works on it: the second one waits, then says so.
     */
    private <T> T exclusively(String code, Supplier<T> work) {
        InstallationLock lock;
        try {
            lock = store.lock("company-" + code, COMPANY_LOCK_WAIT);
        } catch (UserError e) {
            if ("settings.lock.busy".equals(e.key())) {
                throw new UserError(e, "engine.alreadyRunning", code);
            }
            throw e;
        }
        try (lock) {
            return work.get();
        }
    }

    // ---- deletion

    @Override
    public OperationResult deletePublication(String code, ProgressListener listener, Cancellation cancellation) {
        Steps steps = new Steps(code, listener, cancellation);
        return journal.run(code, Operation.DELETE_PUBLICATION, () -> exclusively(code, () -> {
            Settings settings = Settings.read(store);
            steps.enter(Steps.Step.DELETING);
            settings.client(tuning).deletePublication(code);
            steps.done();
            return Sentence.of("engine.deleted");
        }));
    }

    @Override
    public OperationResult deleteCompany(String code, ProgressListener listener, Cancellation cancellation) {
        Steps steps = new Steps(code, listener, cancellation);
        return journal.run(code, Operation.DELETE_COMPANY, () -> exclusively(code, () -> {
            Settings settings = Settings.read(store);
            boolean family = settings.family(code).isPresent();
            if (!family && settings.company(code).isEmpty()) {
                throw new UserError("engine.unknownCode", code);
            }
            steps.enter(Steps.Step.DELETING);
            try {
                settings.client(tuning).deletePublication(code);
            } catch (UserError e) {
                throw new UserError(e, "engine.companyKept", e);
            }
            // Past this point the platform no longer has the data: cancelling would leave the
            // settings pointing at nothing published, so the last step always completes.
            if (family) {
                store.deleteFamily(code);
            } else {
                store.deleteCompany(code);
            }
            Sentence deleted = Sentence.of(family ? "engine.familyDeleted" : "engine.companyDeleted");
            // The store also dropped the grants on this code: the platform's users must follow.
            try {
                sendSavedUsers();
            } catch (UserError e) {
                return Sentence.of("engine.deletedUsersNotUpdated", deleted, e);
            }
            steps.done();
            return deleted;
        }));
    }

    @Override
    public OperationResult deleteAllPlatformData(ProgressListener listener, Cancellation cancellation) {
        Steps steps = new Steps("", listener, cancellation);
        return journal.run("", Operation.DELETE_ALL, () -> {
            Settings settings = Settings.read(store);
            steps.enter(Steps.Step.DELETING);
            settings.client(tuning).deleteAll();
            steps.done();
            return Sentence.of("engine.allDeleted");
        });
    }

    // ---- re-run from the journal

    @Override
    public List<OperationResult> rerun(Operation operation, String company, ProgressListener listener,
                                       Cancellation cancellation) {
        String code = company == null ? "" : company;
        try {
            return switch (operation) {
                case TEST_PORTAL -> List.of(testPortal(store.portal(), store.proxy()));
                case TEST_PROXY -> List.of(testProxy(store.proxy(), store.portal()));
                case TEST_DATABASE -> testDatabases(store.databaseLogin(), code.isEmpty() ? store.companies()
                        : List.of(store.companies().stream().filter(c -> c.code().equals(code)).findFirst()
                                .orElseThrow(() -> new UserError("engine.unknownCode", code))));
                case PUBLISH, SCHEDULED_RUN, CATCH_UP_RUN -> code.isEmpty() ? publishAll(listener, cancellation)
                        : List.of(publish(code, listener, cancellation));
                case PUBLISH_USERS -> List.of(publishUsers());
                case DELETE_PUBLICATION -> List.of(deletePublication(code, listener, cancellation));
                case DELETE_COMPANY -> List.of(deleteCompany(code, listener, cancellation));
                case DELETE_ALL -> List.of(deleteAllPlatformData(listener, cancellation));
                case TEST_MAIL -> List.of(testAlertMail(store.alertSettings()));
                case ALERT_MAIL -> throw new UserError("engine.rerun.alertMail");
            };
        } catch (UserError unreadable) {
            // Settings unreadable before the operation could start (a password from another machine,
            // a company since removed): journalled like any failure of that operation.
            boolean unattended = operation == Operation.SCHEDULED_RUN || operation == Operation.CATCH_UP_RUN;
            return List.of(journal.run(code, unattended ? Operation.PUBLISH : operation,
                    () -> {
                        throw unreadable;
                    }));
        }
    }

    /** One consistent read of the settings an operation needs. */
    private record Settings(PortalSettings portal, ProxySettings proxy, DatabaseLogin login, List<String> prefixes,
                            List<Company> companies, List<Family> families, List<MobileUser> users,
                            Schedule schedule) {
        static Settings read(SettingsStore store) {
            return new Settings(store.portal(), store.proxy(), store.databaseLogin(), store.revenuePrefixes(),
                    store.companies(), store.families(), store.users(), store.schedule());
        }

        PlatformClient client(ClientTuning tuning) {
            return new PlatformClient(portal, proxy, tuning);
        }

        SnapshotBuilder snapshotBuilder(LocalDate asOf) {
            return new SnapshotBuilder(login, asOf, prefixes);
        }

        Optional<Company> company(String code) {
            return companies.stream().filter(c -> c.code().equals(code)).findFirst();
        }

        Optional<Family> family(String code) {
            return families.stream().filter(f -> f.code().equals(code)).findFirst();
        }

        /** The companies and families marked « À extraire »: what "publish all" and the schedule take. */
        List<String> codesToExtract() {
            List<String> codes = new ArrayList<>();
            companies.stream().filter(Company::toExtract).forEach(c -> codes.add(c.code()));
            families.stream().filter(Family::toExtract).forEach(f -> codes.add(f.code()));
            return codes;
        }

        /** What each code publishes: user grants are limited to these on the platform. */
        Map<String, Set<ViewId>> publishedViews() {
            Map<String, Set<ViewId>> views = new LinkedHashMap<>();
            companies.forEach(c -> views.put(c.code(), c.views()));
            families.forEach(f -> views.put(f.code(), f.views()));
            return views;
        }

        ObjectNode build(String code, SnapshotBuilder builder, Steps steps) {
            Optional<Company> company = company(code);
            if (company.isPresent()) {
                return builder.company(company.get(), steps);
            }
            Family family = family(code).orElseThrow(() -> new UserError("engine.unknownCode", code));
            return builder.family(family, members(family), steps);
        }

        List<Company> members(Family family) {
            List<Company> members = new ArrayList<>();
            for (String member : family.companyCodes()) {
                members.add(company(member).orElseThrow(
                        () -> new UserError("engine.familyMemberMissing", family.code(), member)));
            }
            return members;
        }
    }
}
