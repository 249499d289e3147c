package com.bizsync.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies everything the embedded store holds (accounts, publications, users, grants, tokens and
 * whatever later migrations add) into an empty PostgreSQL store, in one target transaction: the
 * copy is whole or absent. Both stores are opened by this version, so their schemas are at the
 * same migration and the columns match by name. Tables are filled parents first (foreign keys).
 */
public final class StoreCopy {
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    /** The target already holds data: copying would mix two platforms. */
    public static final class TargetNotEmpty extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String table;

        TargetNotEmpty(String table) {
            super("the target store already has rows in " + table);
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    private StoreCopy() {
    }

    /** @return rows copied per table, parents first */
    public static Map<String, Integer> copy(SqlitePlatformStorage from, PostgresPlatformStorage to) {
        try (Connection source = from.writes().getConnection(); Connection target = to.writes().getConnection()) {
            // One source transaction: the copy is one state of the embedded file.
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            try {
                List<String> tables = parentsFirst(source);
                for (String table : tables) {
                    if (hasRows(target, table)) {
                        throw new TargetNotEmpty(table);
                    }
                }
                Map<String, Integer> copied = new LinkedHashMap<>();
                for (String table : tables) {
                    copied.put(table, copyTable(source, target, table));
                }
                target.commit();
                source.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                source.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageFailure("copying the platform store failed", e);
        }
    }

    private static List<String> parentsFirst(Connection sqlite) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement st = sqlite.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                if (!HISTORY.equals(rs.getString(1))) {
                    parents.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> t : parents.entrySet()) {
            try (Statement st = sqlite.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(\"" + t.getKey() + "\")")) {
                while (rs.next()) {
                    String parent = rs.getString("table");
                    if (!parent.equals(t.getKey())) {
                        t.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> t : parents.entrySet()) {
                if (!ordered.contains(t.getKey()) && ordered.containsAll(t.getValue())) {
                    ordered.add(t.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle: " + parents);
            }
        }
        return ordered;
    }

    private static boolean hasRows(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM \"" + table + "\" LIMIT 1")) {
            return rs.next();
        }
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        int rows = 0;
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add("\"" + meta.getColumnName(i) + "\"");
            }
            String insert = "INSERT INTO \"" + table + "\" (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement ins = target.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        ins.setObject(i, rs.getObject(i));
                    }
                    ins.addBatch();
                    if (++rows % BATCH == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
        }
        return rows;
    }
}
