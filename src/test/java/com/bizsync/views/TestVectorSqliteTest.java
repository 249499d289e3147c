package com.bizsync.views;

import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The §12 test vector in a SQLite file, opened read-only the way the product opens it. */
class TestVectorSqliteTest extends TestVectorContract {
    @TempDir
    Path folder;
    private Connection connection;

    @Override
    Connection connection() throws Exception {
        if (connection == null) {
            Path file = SageTestData.testVectorFile(folder);
            connection = SourceConnector.open(SourceSpec.of(file.toString(), null, null));
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
