package com.bizsync.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.testing.tds.SqliteCopy;
import com.bizsync.testing.tds.TdsEndpoint;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.SageTestData;
import com.bizsync.views.ViewExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo companies read as a customer's are: the same Sage rows in SQL Server (H2 behind the
 * test TDS endpoint, through jTDS and the product's connection) give every view the same figures
 * as the SQLite demo files DemoCompaniesTest checks.
 */
class DemoCompaniesOverTdsTest {
    @TempDir
    Path folder;

    private static Extraction extract(SourceSpec spec) throws Exception {
        try (Connection c = SourceConnector.open(spec)) {
            return ViewExtractor.extract(c, c, ExtractOptions.defaults(DemoDatabaseGenerator.REFERENCE_DAY));
        }
    }

    @Test
    void everyDemoCompanyHasTheSameFiguresOverJtds() throws Exception {
        List<DemoCompany> companies = DemoDatabaseGenerator.writeDemoCompanies(folder, 1_500, 3_000);
        TdsEndpoint endpoint = new TdsEndpoint("bizsync_ro", "Lecture#2024");
        for (DemoCompany company : companies) {
            endpoint.database(company.code(), SqliteCopy.of(company.file()));
        }
        try (endpoint) {
            endpoint.start();
            for (DemoCompany company : companies) {
                JsonNode fromFile = extract(SourceSpec.of(company.file().toString(), null, null)).toJson();
                JsonNode overTds = extract(SourceSpec.forDatabase(endpoint.login(), company.code())).toJson();
                assertEquals(17, overTds.path("views").size(), company.code() + ": " + overTds);
                assertTrue(SageTestData.sameJson(fromFile, overTds),
                        () -> company.code() + "\nSQLite\n" + fromFile.toPrettyString() + "\nTDS\n" + overTds.toPrettyString());
            }
        }
    }
}
