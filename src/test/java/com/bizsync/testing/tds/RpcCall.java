package com.bizsync.testing.tds;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An RPC request: the procedure (by name or by the TDS 8 well-known id) and its parameter values. */
record RpcCall(String procedure, List<Object> values) {
    private static final String[] WELL_KNOWN = {null, "sp_cursor", "sp_cursoropen", "sp_cursorprepare",
        "sp_cursorexecute", "sp_cursorprepexec", "sp_cursorunprepare", "sp_cursorfetch", "sp_cursoroption",
        "sp_cursorclose", "sp_executesql", "sp_prepare", "sp_execute", "sp_prepexec", "sp_prepexecrpc", "sp_unprepare"};

    static RpcCall parse(byte[] body) {
        ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        int nameLength = Short.toUnsignedInt(b.getShort());
        String procedure;
        if (nameLength == 0xFFFF) {
            procedure = WELL_KNOWN[Short.toUnsignedInt(b.getShort())];
        } else {
            procedure = ucs2(b, nameLength * 2);
        }
        b.getShort(); // option flags
        List<Object> values = new ArrayList<>();
        while (b.hasRemaining()) {
            int paramName = Byte.toUnsignedInt(b.get());
            ucs2(b, paramName * 2);
            b.get(); // status: by reference (output) or not
            values.add(value(b));
        }
        return new RpcCall(procedure, values);
    }

    /** One TYPE_INFO and its value, for the types jTDS sends as parameters. */
    private static Object value(ByteBuffer b) {
        int type = Byte.toUnsignedInt(b.get());
        switch (type) {
            case 0x26, 0x68, 0x6D, 0x6F -> { // INTN, BITN, FLTN, DATETIMN
                b.get(); // maximum length
                int length = Byte.toUnsignedInt(b.get());
                return length == 0 ? null : fixed(type, length, b);
            }
            case 0x30, 0x34, 0x38, 0x7F, 0x3E, 0x3D, 0x32 -> { // fixed INT1/2/4/8, FLT8, DATETIME, BIT
                return fixed(type, switch (type) {
                    case 0x30, 0x32 -> 1;
                    case 0x34 -> 2;
                    case 0x38 -> 4;
                    default -> 8;
                }, b);
            }
            case 0x6A, 0x6C -> { // DECIMALN, NUMERICN
                b.get();
                b.get(); // precision
                int scale = Byte.toUnsignedInt(b.get());
                int length = Byte.toUnsignedInt(b.get());
                if (length == 0) {
                    return null;
                }
                int sign = b.get();
                byte[] le = new byte[length - 1];
                b.get(le);
                byte[] be = new byte[le.length + 1];
                for (int i = 0; i < le.length; i++) {
                    be[be.length - 1 - i] = le[i];
                }
                BigDecimal magnitude = new BigDecimal(new BigInteger(be), scale);
                return sign == 0 ? magnitude.negate() : magnitude;
            }
            case 0xA7, 0xAF, 0xE7, 0xEF -> { // BIGVARCHAR, BIGCHAR, NVARCHAR, NCHAR
                b.getShort();
                b.get(new byte[5]);
                int length = Short.toUnsignedInt(b.getShort());
                if (length == 0xFFFF) {
                    return null;
                }
                return text(b, length, type >= 0xE0 ? StandardCharsets.UTF_16LE : TdsType.CP1252);
            }
            case 0x23, 0x63 -> { // TEXT, NTEXT: maximum length, collation, then length and bytes
                b.getInt();
                b.get(new byte[5]);
                int length = b.getInt();
                return text(b, length, type == 0x63 ? StandardCharsets.UTF_16LE : TdsType.CP1252);
            }
            case 0x27 -> { // VARCHAR (short form)
                b.get();
                int length = Byte.toUnsignedInt(b.get());
                return text(b, length, TdsType.CP1252);
            }
            default -> throw new IllegalArgumentException("parameter type 0x" + Integer.toHexString(type) + " not supported");
        }
    }

    private static Object fixed(int type, int length, ByteBuffer b) {
        return switch (type) {
            case 0x68, 0x32 -> b.get() != 0;
            case 0x6D, 0x3E -> length == 4 ? (Object) (double) b.getFloat() : (Object) b.getDouble();
            case 0x6F, 0x3D -> TdsType.datetimeFrom(b.getInt(), b.getInt());
            default -> switch (length) {
                case 1 -> (int) Byte.toUnsignedInt(b.get());
                case 2 -> (int) b.getShort();
                case 4 -> b.getInt();
                default -> b.getLong();
            };
        };
    }

    private static String text(ByteBuffer b, int length, Charset charset) {
        byte[] bytes = new byte[length];
        b.get(bytes);
        return new String(bytes, charset);
    }

    private static String ucs2(ByteBuffer b, int length) {
        return text(b, length, StandardCharsets.UTF_16LE);
    }
}
