package com.bizsync.testing.tds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A little-endian byte builder for TDS tokens; strings are UCS-2 as TDS 7 wants them. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes u8(int value) {
        out.write(value);
        return this;
    }

    Bytes u16(int value) {
        out.write(value);
        out.write(value >> 8);
        return this;
    }

    Bytes i32(int value) {
        u16(value);
        return u16(value >>> 16);
    }

    Bytes i64(long value) {
        i32((int) value);
        return i32((int) (value >>> 32));
    }

    Bytes bytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    /** UCS-2 characters without a length. */
    Bytes ucs2(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_16LE));
    }

    /** B_VARCHAR: a length in characters on one byte, then the characters. */
    Bytes bVarchar(String value) {
        return u8(value.length()).ucs2(value);
    }

    /** US_VARCHAR: a length in characters on two bytes, then the characters. */
    Bytes usVarchar(String value) {
        return u16(value.length()).ucs2(value);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
