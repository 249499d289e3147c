package com.bizsync.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** An insert statement fed in batches: the demo files hold millions of rows. */
final class Batch implements AutoCloseable {
    private static final int SIZE = 5_000;
    private final PreparedStatement statement;
    private int pending;
    private long rows;

    Batch(Connection connection, String table, String columns) throws SQLException {
        int count = columns.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
        statement = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == SIZE) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
