package com.bizsync.settings;

import java.time.Instant;

/**
 * What alerting remembers about one company or family (by code), shared by the console and the
 * background runner through the settings file: its failed runs in a row, its last success, the
 * open incident if any and whether its mail went out, and a recovery mail still to send.
 *
 * @param failingSince     first failure of the current series (null after a success)
 * @param lastError        the sentence of the last failure
 * @param incidentSince    start of the open incident, null when none is open
 * @param incidentMailSent the incident's mail went out (so a recovery mail is owed when it ends)
 * @param recoveredAt      when a success ended an incident whose mail went out: its recovery mail
 *                         is still to send (null when none is owed)
 * @param recoveredSince   start of that ended incident, for the recovery mail
 * @param mailAttempt      last failed attempt to send a mail owed for this code (retries wait a while)
 */
public record AlertState(String code, int consecutiveFailures, Instant failingSince, String lastError,
                         Instant lastSuccess, Instant incidentSince, Cause incidentCause, boolean incidentMailSent,
                         Instant recoveredAt, Instant recoveredSince, Instant mailAttempt) {

    /** Why an incident opened. */
    public enum Cause {
        /** The threshold of failed runs in a row was reached. */
        FAILURES,
        /** No successful publication for longer than the schedule allows. */
        LATE
    }

    public AlertState {
        lastError = lastError == null ? "" : lastError;
    }

    /** A code nothing is known of yet. */
    public static AlertState initial(String code) {
        return new AlertState(code, 0, null, "", null, null, null, false, null, null, null);
    }

    public boolean inIncident() {
        return incidentSince != null;
    }

    public boolean recoveryMailOwed() {
        return recoveredAt != null;
    }
}
