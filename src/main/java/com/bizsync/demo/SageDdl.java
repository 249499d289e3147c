package com.bizsync.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Sage 100 tables of the demo companies (research note §11): real Sage table and column
 * names, only Sage's unique indexes. The same script runs on SQLite, H2 and SQL Server.
 */
public final class SageDdl {
    private static final String RESOURCE = "/demo/sage-ddl.sql";

    private SageDdl() {
    }

    public static void create(Connection connection) throws SQLException {
        runScript(connection, readResource(RESOURCE));
    }

    /** Runs statements separated by a semicolon at the end of a line; {@code --} lines are comments. */
    public static void runScript(Connection connection, String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : statements(script)) {
                st.execute(statement);
            }
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String text = current.toString().trim();
                statements.add(text.substring(0, text.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }

    public static String readResource(String name) {
        try (InputStream in = SageDdl.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
