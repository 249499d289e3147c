package com.bizsync.testing.tds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An H2 result set as SQL Server would describe it: Sage's text columns as varchar in the
 * server code page, catalog views' names as nvarchar (sysname), amounts as decimal(38, s).
 */
final class ResultEncoder {
    private ResultEncoder() {
    }

    /** Appends COLMETADATA and the ROW tokens; returns the row count. */
    static int write(ResultSet rs, Reply reply) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int count = md.getColumnCount();
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[count];
            for (int i = 0; i < count; i++) {
                row[i] = rs.getObject(i + 1);
            }
            rows.add(row);
        }
        List<Reply.Column> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TdsType type = typeOf(md, i + 1, rows, i);
            int scale = type == TdsType.DECIMAL ? scaleOf(md.getScale(i + 1), rows, i) : 0;
            columns.add(new Reply.Column(md.getColumnLabel(i + 1), type, scale));
        }
        reply.columns(columns);
        for (Object[] row : rows) {
            reply.row(columns, row);
        }
        return rows.size();
    }

    private static TdsType typeOf(ResultSetMetaData md, int column, List<Object[]> rows, int index) throws SQLException {
        switch (md.getColumnType(column)) {
            case Types.TINYINT:
                return TdsType.TINYINT;
            case Types.SMALLINT:
                return TdsType.SMALLINT;
            case Types.INTEGER:
                return TdsType.INT;
            case Types.BIGINT:
                return TdsType.BIGINT;
            case Types.BOOLEAN:
            case Types.BIT:
                return TdsType.BIT;
            case Types.DECIMAL:
            case Types.NUMERIC:
                return TdsType.DECIMAL;
            case Types.DOUBLE:
            case Types.FLOAT:
            case Types.REAL:
                return TdsType.FLOAT;
            case Types.DATE:
            case Types.TIMESTAMP:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return TdsType.DATETIME;
            default:
                boolean catalogView = "SYS".equals(md.getSchemaName(column).toUpperCase(Locale.ROOT));
                return catalogView || !allInCodePage(rows, index) ? TdsType.NVARCHAR : TdsType.VARCHAR;
        }
    }

    private static boolean allInCodePage(List<Object[]> rows, int index) {
        var encoder = TdsType.CP1252.newEncoder();
        return rows.stream().allMatch(r -> r[index] == null || encoder.canEncode(r[index].toString()));
    }

    /** The declared scale when H2 knows a sensible one, widened to what the values carry. */
    private static int scaleOf(int declared, List<Object[]> rows, int index) {
        int scale = declared >= 0 && declared <= 12 ? declared : 0;
        for (Object[] row : rows) {
            if (row[index] != null) {
                BigDecimal value = TdsType.toDecimal(row[index]).stripTrailingZeros();
                scale = Math.max(scale, Math.min(value.scale(), 20));
            }
        }
        return scale;
    }
}
