package com.bizsync.views;

import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;

/**
 * Dialect check: the same view SQL on H2 in SQL Server mode, where dates are real timestamps
 * bound as {@code java.sql.Timestamp} (as on SQL Server) instead of SQLite's text.
 */
class TestVectorH2SqlServerModeTest extends TestVectorContract {
    private Connection connection;

    @Override
    Connection connection() throws Exception {
        if (connection == null) {
            connection = SageTestData.h2TestVector();
        }
        return connection;
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }
}
