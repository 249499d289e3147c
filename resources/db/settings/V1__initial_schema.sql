-- BizSync settings, schema version 1. Single-row tables hold one settings page each (id = 1).
-- Columns ending in _secret hold AES-GCM ciphertext ("gcm1:" + base64), never a clear password.

CREATE TABLE portal (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    platform_url    TEXT    NOT NULL,
    customer_code   TEXT    NOT NULL,
    password_secret TEXT
);

CREATE TABLE database_login (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    host            TEXT    NOT NULL,
    instance        TEXT    NOT NULL,
    port            INTEGER,
    authentication  TEXT    NOT NULL,
    domain          TEXT    NOT NULL,
    user_name       TEXT    NOT NULL,
    password_secret TEXT
);

CREATE TABLE proxy (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    mode            TEXT    NOT NULL,
    host            TEXT    NOT NULL,
    port            INTEGER,
    user_name       TEXT    NOT NULL,
    password_secret TEXT
);

CREATE TABLE schedule (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    frequency       TEXT    NOT NULL,
    week_day        TEXT    NOT NULL,
    times_per_day   INTEGER NOT NULL,
    first_run       TEXT    NOT NULL,
    interval_hours  INTEGER NOT NULL
);

CREATE TABLE revenue_prefix (
    position INTEGER PRIMARY KEY,
    prefix   TEXT NOT NULL UNIQUE
);

CREATE TABLE company (
    code                TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    accounting_database TEXT NOT NULL,
    commercial_database TEXT NOT NULL
);

CREATE TABLE company_view (
    company_code TEXT NOT NULL REFERENCES company (code) ON DELETE CASCADE,
    view_id      TEXT NOT NULL,
    PRIMARY KEY (company_code, view_id)
);

CREATE TABLE family (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE family_member (
    family_code  TEXT    NOT NULL REFERENCES family (code) ON DELETE CASCADE,
    company_code TEXT    NOT NULL REFERENCES company (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (family_code, company_code)
);

CREATE TABLE family_view (
    family_code TEXT NOT NULL REFERENCES family (code) ON DELETE CASCADE,
    view_id     TEXT NOT NULL,
    PRIMARY KEY (family_code, view_id)
);

CREATE TABLE mobile_user (
    login         TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL
);

-- target_code is a company or a family code: no foreign key can cover both, so the store
-- removes grants itself when a company or family (or one of its views) goes away.
CREATE TABLE user_grant (
    login       TEXT NOT NULL REFERENCES mobile_user (login) ON DELETE CASCADE,
    target_code TEXT NOT NULL,
    view_id     TEXT NOT NULL,
    PRIMARY KEY (login, target_code, view_id)
);
CREATE INDEX user_grant_target ON user_grant (target_code);

CREATE TABLE wizard_step (
    step TEXT PRIMARY KEY
);

CREATE TABLE journal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms     INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    company     TEXT    NOT NULL,
    operation   TEXT    NOT NULL,
    message     TEXT    NOT NULL,
    duration_ms INTEGER NOT NULL
);
-- The log is read newest first, optionally filtered by company, status and a time range.
CREATE INDEX journal_time ON journal (time_ms DESC, id DESC);
CREATE INDEX journal_company_time ON journal (company, time_ms DESC);
CREATE INDEX journal_status_time ON journal (status, time_ms DESC);
