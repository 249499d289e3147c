package com.bizsync.testing.tds;

import java.util.List;

/** One server reply (a tabular-result message) built token by token. */
final class Reply {
    static final int DONE_FINAL = 0x00;
    static final int DONE_MORE = 0x01;
    static final int DONE_ERROR = 0x02;
    static final int DONE_COUNT = 0x10;
    static final int DONE_ATTENTION = 0x20;

    static final int CMD_SELECT = 0xC1;
    static final int CMD_SET = 0xBE;
    static final int CMD_USE = 0x9C;

    private static final String SERVER = "BIZSYNC-TDS";

    private final Bytes out = new Bytes();

    /** LOGINACK: TSQL interface, the TDS 7.1 version jTDS asks for, the product name and version 10.50. */
    Reply loginAck() {
        Bytes body = new Bytes().u8(1).u8(0x71).u8(0x00).u8(0x00).u8(0x01)
                .bVarchar("Microsoft SQL Server").u8(10).u8(50).u8(0x06).u8(0x40);
        out.u8(0xAD).u16(body.size()).bytes(body.toByteArray());
        return this;
    }

    Reply envDatabase(String now, String before) {
        return env(new Bytes().u8(1).bVarchar(now).bVarchar(before));
    }

    Reply envLanguage(String now) {
        return env(new Bytes().u8(2).bVarchar(now).bVarchar(""));
    }

    Reply envPacketSize(int now, int before) {
        return env(new Bytes().u8(4).bVarchar(String.valueOf(now)).bVarchar(String.valueOf(before)));
    }

    Reply envCollation() {
        return env(new Bytes().u8(7).u8(TdsType.COLLATION.length).bytes(TdsType.COLLATION).u8(0));
    }

    private Reply env(Bytes body) {
        out.u8(0xE3).u16(body.size()).bytes(body.toByteArray());
        return this;
    }

    Reply info(int number, String message) {
        return message(0xAB, number, 1, 10, message);
    }

    /** An ERROR token; class 14 for login failures, 16 for statement errors, as SQL Server sends. */
    Reply error(int number, int severity, String message) {
        return message(0xAA, number, 1, severity, message);
    }

    private Reply message(int token, int number, int state, int severity, String text) {
        Bytes body = new Bytes().i32(number).u8(state).u8(severity).usVarchar(text).bVarchar(SERVER).bVarchar("").u16(1);
        out.u8(token).u16(body.size()).bytes(body.toByteArray());
        return this;
    }

    Reply columns(List<Column> columns) {
        out.u8(0x81).u16(columns.size());
        for (Column column : columns) {
            out.u16(0).u16(0x01); // user type 0; nullable
            column.type().writeTypeInfo(out, column.scale());
            out.bVarchar(column.name());
        }
        return this;
    }

    Reply row(List<Column> columns, Object[] values) {
        out.u8(0xD1);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).type().writeValue(out, values[i], columns.get(i).scale());
        }
        return this;
    }

    Reply done(int status, int command, long count) {
        return doneToken(0xFD, status, command, count);
    }

    Reply doneInProc(int status, int command, long count) {
        return doneToken(0xFF, status, command, count);
    }

    Reply doneProc(int status) {
        return doneToken(0xFE, status, 0xE0, 0);
    }

    private Reply doneToken(int token, int status, int command, long count) {
        out.u8(token).u16(status).u16(command).i32((int) count);
        return this;
    }

    Reply returnStatus(int value) {
        out.u8(0x79).i32(value);
        return this;
    }

    /** RETURNVALUE of an int output parameter (the handle sp_prepare gives back). */
    Reply returnInt(int ordinal, String name, int value) {
        Bytes body = new Bytes().u16(ordinal).bVarchar(name).u8(1).u16(0).u16(0);
        TdsType.INT.writeTypeInfo(body, 0);
        TdsType.INT.writeValue(body, value, 0);
        out.u8(0xAC).bytes(body.toByteArray());
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** A result column. */
    record Column(String name, TdsType type, int scale) {
    }
}
