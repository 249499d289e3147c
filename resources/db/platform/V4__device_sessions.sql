-- Long-lived sessions of the phones that stay signed in (the dashboard's remembered sign-in).
-- Only the SHA-256 of the token is kept. A row goes when its user signs out, is removed, gets a
-- new password or loses a company (SqlitePlatformStorage.replaceUsers), or long after it expired.
-- Portable SQL (SQLite and PostgreSQL): instants are epoch milliseconds.
CREATE TABLE device_session (
    token_hash VARCHAR(64) PRIMARY KEY,
    customer   VARCHAR(20) NOT NULL,
    login      VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX device_session_by_user ON device_session (customer, login);
