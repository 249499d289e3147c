package com.bizsync.views;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A scanned line's small flags and its amount as one integer column: the flags in the low bits,
 * the amount in micro-units above them. Every column read is a native call into the SQLite
 * driver, and over a million lines the calls cost more than the values; the other columns are
 * then read only for the lines whose flags need them. An amount too large to share the number
 * sets the unpacked flag and is read from its own column.
 */
final class PackedLine {
    /** Below 10⁹, micro-units shifted past {@link #MAX_FLAG_BITS} bits still fit a signed long. */
    private static final long PACKED_LIMIT = 1_000_000_000L;
    private static final int MAX_FLAG_BITS = 12;

    private final int unpacked;
    private final int amountShift;

    /** For flags that take the {@code flagBits} low bits. */
    PackedLine(int flagBits) {
        if (flagBits < 0 || flagBits > MAX_FLAG_BITS) {
            throw new IllegalArgumentException("flags of " + flagBits + " bits");
        }
        this.unpacked = 1 << flagBits;
        this.amountShift = flagBits + 1;
    }

    /**
     * Appends the amount part, to be added to the flags: {@code column} in micro-units rounded as
     * {@link Amounts#micros} (the two roundings differ only on a half micro-unit, which a
     * NUMERIC(24,6) amount never has), or the unpacked flag.
     */
    SqlQuery amount(SqlQuery q, String column) {
        return q.sql("(CASE WHEN abs(" + column + ") < " + PACKED_LIMIT + " THEN " + (1L << amountShift)
                + " * CAST(round(" + column + " * 1000000) AS INTEGER) ELSE " + unpacked + " END)");
    }

    int flags(long line) {
        return (int) (line & (unpacked - 1));
    }

    /** The amount in micro-units, from the packed number or else from {@code amountColumn}. */
    long micros(long line, ResultSet rs, int amountColumn) throws SQLException {
        return (line & unpacked) == 0 ? line >> amountShift : Amounts.micros(rs.getDouble(amountColumn));
    }
}
