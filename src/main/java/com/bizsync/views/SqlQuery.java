package com.bizsync.views;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL text built together with its parameters, so the placeholders and values never drift
 * apart. The text is the same on every engine; only the way a day is bound depends on it.
 */
final class SqlQuery {
    /** How the company database compares dates. */
    enum DateBinding {
        /** SQLite demo files store {@code YYYY-MM-DD HH:MM:SS} text and compare it as text. */
        TEXT,
        /** SQL Server (and H2 in its mode) compare real datetimes: bind a Timestamp, never a string. */
        TIMESTAMP;

        private static final DateTimeFormatter SQLITE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd 00:00:00");

        static DateBinding of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase(Locale.ROOT).contains("sqlite") ? TEXT : TIMESTAMP;
        }

        Object bind(LocalDate day) {
            return this == TEXT ? SQLITE_FORMAT.format(day) : Timestamp.valueOf(day.atStartOfDay());
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlQuery sql(String fragment) {
        text.append(fragment);
        return this;
    }

    /** A day parameter. */
    SqlQuery day(LocalDate day) {
        text.append('?');
        params.add(day);
        return this;
    }

    /** Any other parameter (number, text). */
    SqlQuery value(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    String text() {
        return text.toString();
    }

    PreparedStatement prepare(Connection connection, DateBinding binding) throws SQLException {
        PreparedStatement st = connection.prepareStatement(text.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                st.setObject(i + 1, p instanceof LocalDate day ? binding.bind(day) : p);
            }
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }
}
