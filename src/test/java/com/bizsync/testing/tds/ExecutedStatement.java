package com.bizsync.testing.tds;

import java.util.Locale;

/**
 * One statement the endpoint received: the database it ran in, its text, and the session's
 * isolation level when it ran (as SET TRANSACTION ISOLATION LEVEL last set it).
 */
public record ExecutedStatement(String database, String sql, String isolation) {

    /** The first word of the text, upper-cased (SELECT, SET, USE, INSERT…). */
    public String verb() {
        return Tsql.verb(sql);
    }

    /** Whether the text names this table (any case), to find the statements that read company data. */
    public boolean reads(String table) {
        return sql.toUpperCase(Locale.ROOT).contains(table.toUpperCase(Locale.ROOT));
    }
}
