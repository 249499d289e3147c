package com.bizsync.testing.tds;

import com.bizsync.demo.SageDdl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loads an endpoint database with the Sage tables and every row of a SQLite company file (the demo's). */
public final class SqliteCopy {
    private SqliteCopy() {
    }

    public static TdsEndpoint.Loader of(Path sqliteFile) {
        return target -> {
            SageDdl.create(target);
            try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
                for (String table : tables(source)) {
                    copy(source, target, table);
                }
            }
        };
    }

    private static List<String> tables(Connection source) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = source.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void copy(Connection source, Connection target, String table) throws SQLException {
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement out = target.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        out.setObject(i, rs.getObject(i));
                    }
                    out.addBatch();
                    if (++pending == 1000) {
                        out.executeBatch();
                        pending = 0;
                    }
                }
                out.executeBatch();
            }
        }
    }
}
