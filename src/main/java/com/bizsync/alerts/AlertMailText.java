package com.bizsync.alerts;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.AlertState;
import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of the alert mails, in the console's language: which company, since when (local
 * date and time), the last error sentence and what to do; the machine's name signs them, since
 * one mailbox may hear from several installations.
 */
public final class AlertMailText {
    private final Locale language;
    private final ZoneId zone;
    private String machine;

    public AlertMailText(Locale language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    public Mail incident(Incident incident) {
        String lastSuccess = incident.lastSuccess() == null ? t("alerts.lastSuccess.none") : when(incident.lastSuccess());
        String lastError = incident.lastError().isBlank() ? t("alerts.lastError.none") : incident.lastError();
        if (incident.cause() == AlertState.Cause.LATE) {
            return new Mail(t("alerts.late.subject", incident.code(), incident.name(), lastSuccess),
                    t("alerts.late.body", incident.code(), incident.name(), lastSuccess, when(incident.since()),
                            lastError, machine()));
        }
        return new Mail(t("alerts.failures.subject", incident.code(), incident.name(), when(incident.since())),
                t("alerts.failures.body", incident.code(), incident.name(), incident.failures(), when(incident.since()),
                        lastSuccess, lastError, machine()));
    }

    public Mail recovery(String code, String name, Instant recoveredAt, Instant incidentSince) {
        return new Mail(t("alerts.recovery.subject", code, name),
                t("alerts.recovery.body", code, name, when(recoveredAt), when(incidentSince), machine()));
    }

    public Mail test(AlertSettings settings) {
        return new Mail(t("alerts.test.subject"), t("alerts.test.body", machine(),
                settings.smtpHost().trim() + ":" + settings.smtpPort(), String.join(", ", settings.recipients())));
    }

    /** Local date and time, spelled out in the mail's language ("mardi 2 décembre 2026 à 06:00"). */
    public String when(Instant instant) {
        return when(language, zone, instant);
    }

    /** The same spelling for the console's banner, so the screen and the mail say the same date. */
    public static String when(Locale language, ZoneId zone, Instant instant) {
        return DateTimeFormatter.ofPattern(Messages.get(language, "alerts.when"), language).format(instant.atZone(zone));
    }

    private String t(String key, Object... args) {
        return Messages.get(language, key, args);
    }

    /** Looked up once, only when a mail is written (it may wait for the name service). */
    private String machine() {
        if (machine == null) {
            machine = machineName();
        }
        return machine;
    }

    private static String machineName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "?";
            }
        }
        return name;
    }
}
