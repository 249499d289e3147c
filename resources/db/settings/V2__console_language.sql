-- BizSync settings, schema version 2: the console's language, a one-row page like portal or
-- schedule (id = 1). No row means "never chosen": the console follows the system language.

CREATE TABLE console (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    language TEXT    NOT NULL CHECK (language IN ('fr', 'en'))
);
