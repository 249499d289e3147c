-- Mirrors db/platform/V3: sign-in throttling, one token bucket per login and per client address
-- (Bucket4j's state, base64), shared by every instance; expires_at (epoch milliseconds) is when
-- the bucket is full again.
CREATE TABLE throttle_bucket (
    bucket_key TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX throttle_bucket_by_expiry ON throttle_bucket (expires_at);
