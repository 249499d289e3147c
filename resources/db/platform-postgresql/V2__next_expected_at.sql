-- Mirrors db/platform/V2: when the publisher expects to send the next publication (NULL: never late).
ALTER TABLE publication ADD COLUMN next_expected_at TEXT;
