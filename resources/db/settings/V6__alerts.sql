-- BizSync settings, schema version 6: alerts. One row (id = 1) for the mail settings, like the
-- other pages; its password is AES-GCM ciphertext like the others. One row per company or family
-- code for its alert state, shared by the console and the background runner. No foreign key: a
-- code is a company or a family; the store removes the row when either is deleted.

CREATE TABLE alert_mail (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    smtp_host         TEXT    NOT NULL,
    smtp_port         INTEGER,
    security          TEXT    NOT NULL,
    login             TEXT    NOT NULL,
    password_secret   TEXT,
    sender            TEXT    NOT NULL,
    recipients        TEXT    NOT NULL, -- one address per line
    failure_threshold INTEGER NOT NULL
);

CREATE TABLE alert_state (
    code                 TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL,
    failing_since_ms     INTEGER,
    last_error           TEXT    NOT NULL,
    last_success_ms      INTEGER,
    incident_since_ms    INTEGER,
    incident_cause       TEXT,
    incident_mail_sent   INTEGER NOT NULL,
    recovered_at_ms      INTEGER,
    recovered_since_ms   INTEGER,
    mail_attempt_ms      INTEGER
);
