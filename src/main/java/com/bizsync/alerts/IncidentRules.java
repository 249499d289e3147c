package com.bizsync.alerts;

import com.bizsync.settings.AlertState;
import com.bizsync.settings.AlertState.Cause;
import java.time.Instant;

/**
 * How a company's alert state moves: pure functions, applied by the store in one transaction.
 * An incident opens once (at the threshold of failed runs in a row, or when publications are
 * late), stays open whatever happens next except a success, and a success closes it, owing a
 * recovery mail only if the incident's own mail went out.
 */
public final class IncidentRules {
    private IncidentRules() {
    }

    /**
     * After one publication run of the code ended (cancelled runs are not runs: they change nothing).
     *
     * @param threshold failed runs in a row that open an incident
     */
    public static AlertState afterRun(AlertState s, boolean success, String message, Instant at, int threshold) {
        if (success) {
            boolean owesRecovery = s.inIncident() && s.incidentMailSent();
            // The last error belonged to the failures this success ends: a later incident must not quote it.
            return new AlertState(s.code(), 0, null, "", at, null, null, false,
                    owesRecovery ? at : s.recoveredAt(), owesRecovery ? s.incidentSince() : s.recoveredSince(),
                    owesRecovery ? null : s.mailAttempt());
        }
        int failures = s.consecutiveFailures() + 1;
        Instant failingSince = s.failingSince() != null ? s.failingSince() : at;
        boolean opens = !s.inIncident() && failures >= threshold;
        if (opens) {
            // A new incident supersedes a recovery mail not yet sent: its own mail tells the news.
            return new AlertState(s.code(), failures, failingSince, message, s.lastSuccess(), failingSince,
                    Cause.FAILURES, false, null, null, null);
        }
        return new AlertState(s.code(), failures, failingSince, message, s.lastSuccess(), s.incidentSince(),
                s.incidentCause(), s.incidentMailSent(), s.recoveredAt(), s.recoveredSince(), s.mailAttempt());
    }

    /** Opens a "late" incident when no success came by {@code lateAfter} (nothing changes otherwise). */
    public static AlertState afterLateCheck(AlertState s, Instant lateAfter, Instant now) {
        if (s.inIncident() || lateAfter == null || !now.isAfter(lateAfter)) {
            return s;
        }
        return new AlertState(s.code(), s.consecutiveFailures(), s.failingSince(), s.lastError(), s.lastSuccess(),
                lateAfter, Cause.LATE, false, null, null, null);
    }

    /**
     * The mail of the incident that started at {@code mailedSince} went out. If a success closed
     * that incident meanwhile (another process recorded it while the mail was being sent), the
     * recovery mail is now owed.
     */
    public static AlertState incidentMailSent(AlertState s, Instant mailedSince) {
        if (mailedSince.equals(s.incidentSince())) {
            return new AlertState(s.code(), s.consecutiveFailures(), s.failingSince(), s.lastError(), s.lastSuccess(),
                    s.incidentSince(), s.incidentCause(), true, s.recoveredAt(), s.recoveredSince(), null);
        }
        if (!s.inIncident() && s.lastSuccess() != null && !s.recoveryMailOwed()) {
            return new AlertState(s.code(), s.consecutiveFailures(), s.failingSince(), s.lastError(), s.lastSuccess(),
                    null, null, false, s.lastSuccess(), mailedSince, null);
        }
        return s;
    }

    /** The recovery mail for the incident ended at {@code recoveredAt} went out. */
    public static AlertState recoveryMailSent(AlertState s, Instant recoveredAt) {
        if (!recoveredAt.equals(s.recoveredAt())) {
            return s;
        }
        return new AlertState(s.code(), s.consecutiveFailures(), s.failingSince(), s.lastError(), s.lastSuccess(),
                s.incidentSince(), s.incidentCause(), s.incidentMailSent(), null, null, null);
    }

    /** A mail owed for this code could not be sent: it is tried again after a pause. */
    public static AlertState mailFailed(AlertState s, Instant at) {
        return new AlertState(s.code(), s.consecutiveFailures(), s.failingSince(), s.lastError(), s.lastSuccess(),
                s.incidentSince(), s.incidentCause(), s.incidentMailSent(), s.recoveredAt(), s.recoveredSince(), at);
    }
}
