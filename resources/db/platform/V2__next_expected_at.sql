-- The time by which the publisher expects to send the next publication (its schedule plus a
-- grace period), as sent in the publication's nextExpectedAt. NULL when the publisher sent none
-- (nothing scheduled, or an older BizSync): such a company is never shown late.
ALTER TABLE publication ADD COLUMN next_expected_at TEXT;
