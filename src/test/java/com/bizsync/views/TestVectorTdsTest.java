package com.bizsync.views;

import com.bizsync.demo.SageDdl;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.testing.tds.TdsEndpoint;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;

/**
 * The §12 test vector read the way a customer's figures are read: through jTDS over TCP, from the
 * test suite's TDS endpoint (H2 in SQL Server mode behind it), with the product's connection.
 */
class TestVectorTdsTest extends TestVectorContract {
    private TdsEndpoint endpoint;
    private Connection connection;

    @Override
    Connection connection() throws Exception {
        if (connection == null) {
            endpoint = new TdsEndpoint("bizsync_ro", "lecture-seule").database("VECTOR", c -> {
                SageDdl.create(c);
                SageDdl.runScript(c, SageDdl.readResource("/sage/test-vector.sql"));
            }).start();
            connection = SourceConnector.open(SourceSpec.forDatabase(endpoint.login(), "VECTOR"));
        }
        return connection;
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
