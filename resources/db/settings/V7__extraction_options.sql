-- BizSync settings, schema version 7: each company's extraction options (the original's
-- « Paramètres » tab, docs/views.md). The defaults keep the figures of earlier versions:
-- no revenue prefixes of its own (the general setting applies), no cash prefixes (the treasury
-- journals' accounts), customers by tariff category (0) and items by family (0); n = Sage's
-- statistical field n (CT_Statistique0n, AR_Stat0n). Prefixes are stored comma-separated.

ALTER TABLE company ADD COLUMN revenue_prefixes TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN cash_prefixes TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN customer_statistic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE company ADD COLUMN item_statistic INTEGER NOT NULL DEFAULT 0;
