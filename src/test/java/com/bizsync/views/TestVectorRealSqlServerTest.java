package com.bizsync.views;

import com.bizsync.demo.SageDdl;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The §12 test vector on a real SQL Server, only when BIZSYNC_TEST_MSSQL_URL (a jTDS URL of an
 * empty scratch database) is set, with BIZSYNC_TEST_MSSQL_USER / _PASSWORD. It (re)creates the
 * Sage tables there through a separate writable connection, then extracts through the product's
 * read-only connection. This is the one conditional test (docs/views.md).
 */
@EnabledIfEnvironmentVariable(named = "BIZSYNC_TEST_MSSQL_URL", matches = "jdbc:jtds:sqlserver://.+",
        disabledReason = "needs a real SQL Server (BIZSYNC_TEST_MSSQL_URL), which cannot be installed on the CI"
                + " machines; TestVectorTdsTest runs the same vector through jTDS over the wire")
class TestVectorRealSqlServerTest extends TestVectorContract {
    private static final String[] TABLES = {"P_DOSSIER", "P_DEVISE", "P_CATTARIF", "F_COLLABORATEUR", "F_COMPTET",
        "F_FAMILLE", "F_ARTICLE", "F_DOCENTETE", "F_DOCLIGNE", "F_COMPTEG", "F_JOURNAUX", "F_ECRITUREC"};
    private Connection connection;

    @Override
    Connection connection() throws Exception {
        if (connection == null) {
            String url = System.getenv("BIZSYNC_TEST_MSSQL_URL");
            String user = System.getenv().getOrDefault("BIZSYNC_TEST_MSSQL_USER", "");
            String password = System.getenv().getOrDefault("BIZSYNC_TEST_MSSQL_PASSWORD", "");
            createTestVector(url, user, password);
            connection = SourceConnector.open(SourceSpec.of(url, user, password));
        }
        return connection;
    }

    private static void createTestVector(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (Connection writable = DriverManager.getConnection(url, props); Statement st = writable.createStatement()) {
            for (String table : TABLES) {
                st.execute("IF OBJECT_ID('" + table + "', 'U') IS NOT NULL DROP TABLE " + table);
            }
            SageDdl.create(writable);
            SageDdl.runScript(writable, SageDdl.readResource("/sage/test-vector.sql"));
        }
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }
}
