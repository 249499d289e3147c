package com.bizsync.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which company references need the SQL Server login (the publication checklist asks for it only then). */
class SourceSpecServerLoginTest {

    @Test
    void sqliteFilesAndUrlsDoNotNeedTheServerLogin() {
        assertFalse(SourceSpec.needsServerLogin("/srv/demo/BIJOU.db"));
        assertFalse(SourceSpec.needsServerLogin("C:\\Sage\\demo.sqlite"));
        assertFalse(SourceSpec.needsServerLogin("BIJOU.sqlite3"));
        assertFalse(SourceSpec.needsServerLogin("jdbc:sqlite:/srv/demo/BIJOU.db"));
        assertFalse(SourceSpec.needsServerLogin(""));
    }

    @Test
    void catalogNamesAndSqlServerUrlsNeedIt() {
        assertTrue(SourceSpec.needsServerLogin("BIJOU"));
        assertTrue(SourceSpec.needsServerLogin("jdbc:jtds:sqlserver://srv:1433/BIJOU"));
    }
}
