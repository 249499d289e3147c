package com.bizsync.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading and rounding amounts: exact while summing, 2 decimals only when published. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal read(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal big) {
            return big;
        }
        if (value instanceof Double || value instanceof Float) {
            // SQLite sums NUMERIC columns as doubles: the shortest decimal form avoids binary tails.
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(value.toString().trim());
    }

    /**
     * An amount read from SQLite (a double) in millionths, exactly: Sage amounts have at most 6
     * decimals, so summing whole millionths in a long is exact where summing doubles is not.
     */
    static long micros(double amount) {
        return Math.round(amount * 1_000_000d);
    }

    static BigDecimal ofMicros(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }

    static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
