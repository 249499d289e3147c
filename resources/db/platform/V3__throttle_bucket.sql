-- Sign-in throttling (docs/platform.md, "Throttling"): one token bucket per login and per client
-- address, as Bucket4j serializes it (base64). Kept in the database so that several platform
-- instances on one database share the same allowance. expires_at (epoch milliseconds) is when
-- the bucket is full again: after it the row says nothing and is purged.
CREATE TABLE throttle_bucket (
    bucket_key TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX throttle_bucket_by_expiry ON throttle_bucket (expires_at);
