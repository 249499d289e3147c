package com.bizsync.testing.tds;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The SQL Server column types the endpoint answers with, each with its TYPE_INFO and value
 * encoding (TDS 7.1, little-endian). Nullable variable-length forms only, as SQL Server sends
 * for expressions.
 */
enum TdsType {
    TINYINT(0x26, 1), SMALLINT(0x26, 2), INT(0x26, 4), BIGINT(0x26, 8),
    BIT(0x68, 1),
    FLOAT(0x6D, 8),
    DECIMAL(0x6A, 17),
    DATETIME(0x6F, 8),
    /** Non-Unicode text in the server's code page (Sage's columns). */
    VARCHAR(0xA7, 8000),
    /** Unicode text (sysname in the catalog views). */
    NVARCHAR(0xE7, 8000);

    /** Windows-1252, what the SQL_Latin1_General_CP1 collation stores. */
    static final Charset CP1252 = Charset.forName("windows-1252");
    /** SQL_Latin1_General_CP1_CI_AS: LCID 0x0409, flags, sort id 52. */
    static final byte[] COLLATION = {0x09, 0x04, (byte) 0xD0, 0x00, 0x34};
    static final int DECIMAL_PRECISION = 38;
    private static final LocalDateTime EPOCH = LocalDate.of(1900, 1, 1).atStartOfDay();

    final int code;
    final int size;

    TdsType(int code, int size) {
        this.code = code;
        this.size = size;
    }

    void writeTypeInfo(Bytes out, int scale) {
        out.u8(code);
        switch (this) {
            case DECIMAL -> out.u8(size).u8(DECIMAL_PRECISION).u8(scale);
            case VARCHAR, NVARCHAR -> out.u16(size).bytes(COLLATION);
            default -> out.u8(size);
        }
    }

    void writeValue(Bytes out, Object value, int scale) {
        if (value == null) {
            if (this == VARCHAR || this == NVARCHAR) {
                out.u16(0xFFFF);
            } else {
                out.u8(0);
            }
            return;
        }
        switch (this) {
            case TINYINT -> out.u8(1).u8(((Number) value).intValue());
            case SMALLINT -> out.u8(2).u16(((Number) value).intValue());
            case INT -> out.u8(4).i32(((Number) value).intValue());
            case BIGINT -> out.u8(8).i64(((Number) value).longValue());
            case BIT -> out.u8(1).u8(Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() != 0) ? 1 : 0);
            case FLOAT -> out.u8(8).i64(Double.doubleToLongBits(((Number) value).doubleValue()));
            case DECIMAL -> writeDecimal(out, toDecimal(value).setScale(scale, RoundingMode.HALF_EVEN));
            case DATETIME -> writeDatetime(out, toDateTime(value));
            case VARCHAR -> writeText(out, value.toString().getBytes(CP1252));
            case NVARCHAR -> writeText(out, value.toString().getBytes(StandardCharsets.UTF_16LE));
            default -> throw new IllegalStateException(name());
        }
    }

    private static void writeText(Bytes out, byte[] bytes) {
        if (bytes.length > 8000) {
            throw new IllegalArgumentException("text longer than 8000 bytes");
        }
        out.u16(bytes.length).bytes(bytes);
    }

    private static void writeDecimal(Bytes out, BigDecimal value) {
        byte[] magnitude = value.unscaledValue().abs().toByteArray();
        if (magnitude.length > 17 || (magnitude.length == 17 && magnitude[0] != 0)) {
            throw new IllegalArgumentException("decimal too large for precision 38: " + value);
        }
        out.u8(17).u8(value.signum() < 0 ? 0 : 1);
        byte[] le = new byte[16];
        for (int i = 0; i < magnitude.length && i < 16; i++) {
            le[i] = magnitude[magnitude.length - 1 - i];
        }
        out.bytes(le);
    }

    private static void writeDatetime(Bytes out, LocalDateTime at) {
        long days = ChronoUnit.DAYS.between(EPOCH.toLocalDate(), at.toLocalDate());
        long nanosOfDay = at.toLocalTime().toNanoOfDay();
        long ticks = Math.round(nanosOfDay * 300.0 / 1_000_000_000L);
        out.u8(8).i32((int) days).i32((int) ticks);
    }

    static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return new BigDecimal(value.toString());
    }

    static LocalDateTime toDateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toLocalDateTime();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass());
    }

    /** A DATETIME value sent by the client: days since 1900-01-01 and 1/300 s since midnight. */
    static Timestamp datetimeFrom(int days, int ticks) {
        long nanos = Math.round(ticks * 1_000_000_000.0 / 300);
        return Timestamp.valueOf(EPOCH.plusDays(days).plusNanos(nanos));
    }
}
