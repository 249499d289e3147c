package com.bizsync.engine;

import com.bizsync.alerts.AlertMailText;
import com.bizsync.alerts.Incident;
import com.bizsync.alerts.IncidentRules;
import com.bizsync.alerts.Lateness;
import com.bizsync.alerts.Mail;
import com.bizsync.alerts.SmtpMailer;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.AlertState;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.InstallationLock;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.SecretUnreadableError;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SettingsValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerting behind the engine (issue 8, FUNCTIONAL.md §2 "Alertes"): records each publication
 * run's outcome in the shared alert state, opens an incident after N failed runs in a row or
 * when publications are late for the schedule, and sends one mail per incident and one when it
 * ends. Mails owed are sent under an installation-wide lock, so the console and the runner never
 * send the same one twice; one that could not be sent is tried again later. Every mail is
 * journalled. Alerting never makes a publication fail: its own failures are logged.
 */
final class AlertDesk {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDesk.class);
    private static final String LOCK = "alerts";
    /** Longer than sending a few mails with their timeouts. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(2);
    /** A mail that could not be sent is tried again after this pause, not at every run. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(15);

    private final SettingsStore store;
    private final Clock clock;
    private final Journal journal;
    private final SmtpMailer mailer;

    AlertDesk(SettingsStore store, Clock clock, Journal journal, SmtpMailer mailer) {
        this.store = store;
        this.clock = clock;
        this.journal = journal;
        this.mailer = mailer;
    }

    /** The ending of one publication run of {@code code}, as told by the journal. */
    void recordRun(OperationResult result, boolean cancelled) {
        if (cancelled || result.company().isBlank()) {
            return;
        }
        try {
            int threshold = settingsWithoutPassword().failureThreshold();
            Instant at = clock.instant();
            store.updateAlertState(result.company(),
                    s -> IncidentRules.afterRun(s, result.success(), result.message(), at, threshold));
        } catch (RuntimeException e) {
            LOG.error("Could not record the alert state of {}", result.company(), e);
        }
    }

    /** Opens incidents for late publications, sends the mails owed, and returns the open incidents. */
    List<Incident> review() {
        try {
            checkLateness();
            deliver();
        } catch (RuntimeException e) {
            LOG.error("Alert review failed", e);
        }
        return incidents();
    }

    List<Incident> incidents() {
        Map<String, String> names = names();
        return store.alertStates().stream().filter(AlertState::inIncident).map(s -> incident(s, names)).toList();
    }

    /** Sends a test mail with these (possibly unsaved) settings. */
    OperationResult test(AlertSettings settings) {
        return journal.run("", Operation.TEST_MAIL, () -> {
            if (!settings.mailConfigured()) {
                throw new UserError("engine.alertMailNotConfigured");
            }
            SettingsValidator.requireValid(settings);
            mailer.send(settings, text().test(settings));
            return Sentence.of("engine.testMailSent", String.join(", ", settings.recipients()));
        });
    }

    private void checkLateness() {
        Schedule schedule = store.schedule();
        if (schedule.frequency() == Schedule.Frequency.NONE) {
            return;
        }
        int threshold = settingsWithoutPassword().failureThreshold();
        java.util.Set<String> scheduled = scheduledCodes();
        Instant now = clock.instant();
        for (AlertState state : store.alertStates()) {
            if (!scheduled.contains(state.code()) || state.inIncident() || state.lastSuccess() == null) {
                continue;
            }
            Optional<Instant> lateAfter = Lateness.lateAfter(schedule, state.lastSuccess(), clock.getZone(), threshold);
            if (lateAfter.isPresent() && now.isAfter(lateAfter.get())) {
                store.updateAlertState(state.code(), s -> IncidentRules.afterLateCheck(s,
                        Lateness.lateAfter(schedule, s.lastSuccess(), clock.getZone(), threshold).orElse(null), now));
            }
        }
    }

    private void deliver() {
        AlertSettings withoutPassword = settingsWithoutPassword();
        if (!withoutPassword.mailConfigured() || store.alertStates().stream().noneMatch(this::mailDue)) {
            return;
        }
        try (InstallationLock ignored = store.lock(LOCK, LOCK_WAIT)) {
            // Read again under the lock: another process may have sent them meanwhile.
            Map<String, String> names = names();
            AlertMailText text = text();
            for (AlertState state : store.alertStates()) {
                if (!mailDue(state)) {
                    continue;
                }
                if (state.inIncident()) {
                    Incident incident = incident(state, names);
                    Instant since = state.incidentSince();
                    OperationResult sent = journal.run(state.code(), Operation.ALERT_MAIL, () -> send(text.incident(incident),
                            "engine.alertMailSent", state.code()));
                    store.updateAlertState(state.code(), s -> sent.success() ? IncidentRules.incidentMailSent(s, since)
                            : IncidentRules.mailFailed(s, clock.instant()));
                } else {
                    Instant recoveredAt = state.recoveredAt();
                    String name = names.getOrDefault(state.code(), state.code());
                    OperationResult sent = journal.run(state.code(), Operation.ALERT_MAIL, () -> send(
                            text.recovery(state.code(), name, recoveredAt, state.recoveredSince()),
                            "engine.recoveryMailSent", state.code()));
                    store.updateAlertState(state.code(), s -> sent.success()
                            ? IncidentRules.recoveryMailSent(s, recoveredAt) : IncidentRules.mailFailed(s, clock.instant()));
                }
            }
        }
    }

    /** Sends with the saved settings, read here so an unreadable password becomes this mail's failure. */
    private Sentence send(Mail mail, String sentKey, String code) {
        AlertSettings settings = store.alertSettings();
        mailer.send(settings, mail);
        return Sentence.of(sentKey, code, String.join(", ", settings.recipients()));
    }

    private boolean mailDue(AlertState s) {
        boolean owed = (s.inIncident() && !s.incidentMailSent()) || s.recoveryMailOwed();
        return owed && (s.mailAttempt() == null || !clock.instant().isBefore(s.mailAttempt().plus(RETRY_AFTER)));
    }

    private AlertMailText text() {
        return new AlertMailText(store.language().orElse(Messages.locale()), clock.getZone());
    }

    /** The threshold and the mail settings without the password, even when it cannot be decrypted here. */
    private AlertSettings settingsWithoutPassword() {
        try {
            return store.alertSettings();
        } catch (SecretUnreadableError e) {
            return e.settingsWithoutPassword(AlertSettings.class);
        }
    }

    /** The companies and families the schedule publishes (« À extraire »): only they can be late. */
    private java.util.Set<String> scheduledCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        store.companies().stream().filter(Company::toExtract).forEach(c -> codes.add(c.code()));
        store.families().stream().filter(Family::toExtract).forEach(f -> codes.add(f.code()));
        return codes;
    }

    /** Names of the companies and families, by code. */
    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Company company : store.companies()) {
            names.put(company.code(), company.name());
        }
        for (Family family : store.families()) {
            names.put(family.code(), family.name());
        }
        return names;
    }

    private static Incident incident(AlertState s, Map<String, String> names) {
        return new Incident(s.code(), names.getOrDefault(s.code(), s.code()), s.incidentCause(), s.incidentSince(),
                s.consecutiveFailures(), s.lastError(), s.lastSuccess());
    }
}
