package com.bizsync.views;

import com.bizsync.demo.SageDdl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

/** Real Sage-shaped test databases: the §11 tables, optionally the §12 test vector. */
public final class SageTestData {
    private static final AtomicInteger H2_COUNTER = new AtomicInteger();
    public static final ObjectMapper JSON = new ObjectMapper();

    private SageTestData() {
    }

    /** A SQLite file with the Sage tables and the research note's test vector. */
    public static Path testVectorFile(Path folder) throws SQLException {
        Path file = folder.resolve("vector.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SageDdl.create(c);
            SageDdl.runScript(c, SageDdl.readResource("/sage/test-vector.sql"));
        }
        return file;
    }

    /** A SQLite file with the Sage tables only, plus whatever statements are given. */
    public static Path sqliteWith(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SageDdl.create(c);
            for (String s : statements) {
                SageDdl.runScript(c, s);
            }
        }
        return file;
    }

    /** An in-memory H2 database in SQL Server mode with the tables and the test vector. */
    public static Connection h2TestVector() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:vector" + H2_COUNTER.incrementAndGet()
                + ";MODE=MSSQLServer;DB_CLOSE_DELAY=0");
        SageDdl.create(c);
        SageDdl.runScript(c, SageDdl.readResource("/sage/test-vector.sql"));
        return c;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Numbers compare by value (100, 100.0 and 100.00 are the same amount). */
    public static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    public static boolean sameJson(JsonNode expected, JsonNode actual) {
        return expected.equals(NUMERIC, actual);
    }
}
