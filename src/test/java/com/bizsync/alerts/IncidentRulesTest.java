package com.bizsync.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.AlertState;
import com.bizsync.settings.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incident state machine and the schedule arithmetic behind it, with times written by hand. */
class IncidentRulesTest {
    private static final Instant MON = Instant.parse("2026-11-30T05:00:00Z");
    private static final Instant TUE = MON.plus(Duration.ofDays(1));
    private static final Instant WED = MON.plus(Duration.ofDays(2));
    private static final Instant THU = MON.plus(Duration.ofDays(3));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anIncidentOpensAtTheThresholdSinceTheFirstFailureAndStaysOneIncident() {
        AlertState s = IncidentRules.afterRun(AlertState.initial("BIJOU"), true, "ok", MON, 2);
        s = IncidentRules.afterRun(s, false, "Erreur 1", TUE, 2);
        assertFalse(s.inIncident());
        s = IncidentRules.afterRun(s, false, "Erreur 2", WED, 2);
        assertEquals(TUE, s.incidentSince());
        assertEquals(AlertState.Cause.FAILURES, s.incidentCause());
        assertFalse(s.incidentMailSent());
        s = IncidentRules.incidentMailSent(s, TUE);
        AlertState third = IncidentRules.afterRun(s, false, "Erreur 3", THU, 2);
        assertEquals(3, third.consecutiveFailures());
        assertEquals(TUE, third.incidentSince(), "the same incident");
        assertTrue(third.incidentMailSent(), "so no new mail is owed");
        assertEquals("Erreur 3", third.lastError());
    }

    @Test
    void aSuccessEndsTheIncidentAndOwesARecoveryMailOnlyIfItsMailWentOut() {
        AlertState open = IncidentRules.afterRun(IncidentRules.afterRun(AlertState.initial("BIJOU"), false, "E", TUE,
                2), false, "E", WED, 2);
        AlertState quiet = IncidentRules.afterRun(open, true, "ok", THU, 2);
        assertFalse(quiet.inIncident());
        assertFalse(quiet.recoveryMailOwed(), "nobody was told of the incident: nothing to tell of its end");
        assertEquals("", quiet.lastError());

        AlertState told = IncidentRules.afterRun(IncidentRules.incidentMailSent(open, TUE), true, "ok", THU, 2);
        assertEquals(THU, told.recoveredAt());
        assertEquals(TUE, told.recoveredSince());
        assertNull(IncidentRules.recoveryMailSent(told, THU).recoveredAt());
    }

    @Test
    void anIncidentEndedWhileItsMailWasBeingSentOwesItsRecoveryMail() {
        AlertState open = IncidentRules.afterRun(IncidentRules.afterRun(AlertState.initial("BIJOU"), false, "E", TUE,
                2), false, "E", WED, 2);
        AlertState endedMeanwhile = IncidentRules.afterRun(open, true, "ok", THU, 2);
        AlertState afterMail = IncidentRules.incidentMailSent(endedMeanwhile, TUE);
        assertEquals(THU, afterMail.recoveredAt());
        assertEquals(TUE, afterMail.recoveredSince());
    }

    @Test
    void lateOnlyAfterTheExpectedTimeAndOnce() {
        AlertState published = IncidentRules.afterRun(AlertState.initial("BIJOU"), true, "ok", MON, 2);
        Instant lateAfter = WED.plus(Duration.ofHours(1));
        assertFalse(IncidentRules.afterLateCheck(published, lateAfter, lateAfter).inIncident());
        AlertState late = IncidentRules.afterLateCheck(published, lateAfter, lateAfter.plusSeconds(1));
        assertEquals(AlertState.Cause.LATE, late.incidentCause());
        assertEquals(lateAfter, late.incidentSince());
        assertEquals(late, IncidentRules.afterLateCheck(late, lateAfter, lateAfter.plus(Duration.ofDays(1))));
    }

    @Test
    void theExpectedTimeFollowsTheScheduleWithAnHourOfGrace() {
        Schedule daily = new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, LocalTime.of(6, 0), 1);
        assertEquals(Optional.of(Instant.parse("2026-12-01T06:00:00Z")), Lateness.nextExpectedAt(daily, MON, PARIS),
                "Monday 06:00 Paris: next Tuesday 06:00, late after 07:00");
        assertEquals(Optional.of(Instant.parse("2026-12-02T06:00:00Z")), Lateness.lateAfter(daily, MON, PARIS, 2),
                "two scheduled runs missed: Wednesday 07:00");
        Schedule workingDays = new Schedule(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 1, LocalTime.of(6, 0), 1);
        Instant friday = Instant.parse("2026-12-04T05:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-12-07T06:00:00Z")), Lateness.nextExpectedAt(workingDays, friday,
                PARIS), "after Friday comes Monday");
        assertEquals(Optional.empty(), Lateness.nextExpectedAt(Schedule.NONE, MON, PARIS), "nothing scheduled");
    }
}
