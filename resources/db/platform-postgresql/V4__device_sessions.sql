-- Mirrors db/platform/V4: long-lived sessions of the phones that stay signed in (only the SHA-256
-- of the token is kept); instants are epoch milliseconds.
CREATE TABLE device_session (
    token_hash VARCHAR(64) PRIMARY KEY,
    customer   VARCHAR(20) NOT NULL,
    login      VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX device_session_by_user ON device_session (customer, login);
