-- BizSync settings, schema version 5: journal messages kept as message key + arguments (JSON), so a
-- row reads in the language of whoever looks at it. "message" keeps the text as written (older
-- versions read it). message_key NULL: a row written before version 5, recognised from its text;
-- '' : a text kept as written.

ALTER TABLE journal ADD COLUMN message_key TEXT;
ALTER TABLE journal ADD COLUMN message_args TEXT;
