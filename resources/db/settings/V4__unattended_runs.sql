-- BizSync settings, schema version 4: unattended operation.
-- « À extraire »: whether "publish all" and the schedule take the company or family (on by default).
ALTER TABLE company ADD COLUMN to_extract INTEGER NOT NULL DEFAULT 1;
ALTER TABLE family ADD COLUMN to_extract INTEGER NOT NULL DEFAULT 1;

-- The background runner's heartbeat, one row: what the console and `scheduler status` show, and
-- the last scheduled time it handled (so a run missed while the machine was off is caught up once).
CREATE TABLE runner (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    started_at     TEXT    NOT NULL,
    last_seen      TEXT    NOT NULL,
    stopped_at     TEXT,
    pid            INTEGER NOT NULL,
    host           TEXT    NOT NULL,
    version        TEXT    NOT NULL,
    checked_until  TEXT,
    last_run_at    TEXT,
    last_run_ok    INTEGER,
    last_run_note  TEXT    NOT NULL DEFAULT '',
    next_run       TEXT
);
