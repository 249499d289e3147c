package com.bizsync.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The background runner's heartbeat, written by the runner and read by the console and by
 * {@code bizsync scheduler status}. {@code checkedUntil} is the moment up to which the runner
 * has carried out the schedule: a scheduled time after it and before a restart was missed (the
 * machine was off), and is caught up once.
 *
 * @param stoppedAt   set when the runner stopped cleanly; null while it runs (or if it died)
 * @param lastRunOk   null before the first run
 * @param lastRunNote what the last run did ("3 publiées, 1 en erreur"), in the runner's language
 * @param nextRun     null when the schedule has none
 */
public record RunnerStatus(Instant startedAt, Instant lastSeen, Instant stoppedAt, long pid, String host,
                           String version, Instant checkedUntil, Instant lastRunAt, Boolean lastRunOk,
                           String lastRunNote, Instant nextRun) {
    /** How often a running runner writes its heartbeat. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);
    /** After this long without a heartbeat the runner is taken as not running. */
    public static final Duration SILENCE = Duration.ofSeconds(90);

    public RunnerStatus {
        lastRunNote = lastRunNote == null ? "" : lastRunNote;
    }

    /** Running and heard from recently. */
    public boolean alive(Instant now) {
        return stoppedAt == null && lastSeen.plus(SILENCE).isAfter(now);
    }

    public Optional<Instant> next() {
        return Optional.ofNullable(nextRun);
    }

    public RunnerStatus checked(Instant until, Instant next) {
        return new RunnerStatus(startedAt, until, null, pid, host, version, until, lastRunAt, lastRunOk, lastRunNote,
                next);
    }

    public RunnerStatus ran(Instant at, boolean ok, String note) {
        return new RunnerStatus(startedAt, at, null, pid, host, version, checkedUntil, at, ok, note, nextRun);
    }

    public RunnerStatus stopped(Instant at) {
        return new RunnerStatus(startedAt, at, at, pid, host, version, checkedUntil, lastRunAt, lastRunOk,
                lastRunNote, nextRun);
    }
}
