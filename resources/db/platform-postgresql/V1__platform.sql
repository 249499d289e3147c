-- The platform's own database on PostgreSQL: version for version the same schema as the SQLite
-- one (db/platform), with PostgreSQL's types where they differ (BIGINT for epoch milliseconds).
-- Instants stay ISO-8601 text so one set of statements serves both stores.
CREATE TABLE customer (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE publication (
    customer     TEXT NOT NULL REFERENCES customer (code),
    company      TEXT NOT NULL,
    company_name TEXT NOT NULL,
    snapshot     TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (customer, company)
);

CREATE TABLE mobile_user (
    customer      TEXT NOT NULL REFERENCES customer (code),
    login         TEXT NOT NULL,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    PRIMARY KEY (customer, login)
);

CREATE TABLE user_grant (
    customer TEXT NOT NULL,
    login    TEXT NOT NULL,
    company  TEXT NOT NULL,
    view_id  TEXT NOT NULL,
    PRIMARY KEY (customer, login, company, view_id),
    FOREIGN KEY (customer, login) REFERENCES mobile_user (customer, login) ON DELETE CASCADE
);

CREATE TABLE token (
    token_hash TEXT PRIMARY KEY,
    customer   TEXT NOT NULL,
    login      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX token_by_user ON token (customer, login);
