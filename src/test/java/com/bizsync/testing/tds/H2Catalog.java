package com.bizsync.testing.tds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** SQL Server catalog functions, as H2 aliases. */
public final class H2Catalog {
    private H2Catalog() {
    }

    /**
     * OBJECT_ID('[schema.]name'): an id when the table exists in this database, else NULL.
     * The schema (dbo) maps to H2's default schema.
     */
    public static Integer objectId(Connection connection, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String[] parts = name.replace("[", "").replace("]", "").split("\\.");
        try (PreparedStatement st = connection.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND UPPER(TABLE_NAME) = ?")) {
            st.setString(1, parts[parts.length - 1].toUpperCase(Locale.ROOT));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Math.abs(rs.getString(1).toUpperCase(Locale.ROOT).hashCode() % 1_000_000_000) + 1 : null;
            }
        }
    }
}
