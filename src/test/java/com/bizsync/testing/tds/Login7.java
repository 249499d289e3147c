package com.bizsync.testing.tds;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The fields of a LOGIN7 message the endpoint needs, the password de-obfuscated. */
record Login7(String user, String password, String database, String appName, int packetSize, boolean integratedSecurity) {

    static Login7 parse(byte[] body) {
        ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        int packetSize = b.getInt(8);
        boolean integrated = (body[25] & 0x80) != 0;
        String user = text(b, 40);
        String password = password(b, 44);
        String app = text(b, 48);
        String database = text(b, 68);
        return new Login7(user, password, database, app, packetSize, integrated);
    }

    private static String text(ByteBuffer b, int at) {
        int offset = Short.toUnsignedInt(b.getShort(at));
        int chars = Short.toUnsignedInt(b.getShort(at + 2));
        return new String(b.array(), offset, chars * 2, StandardCharsets.UTF_16LE);
    }

    /** TDS 7 scrambles each password byte: nibbles swapped, then XOR 0xA5. */
    private static String password(ByteBuffer b, int at) {
        int offset = Short.toUnsignedInt(b.getShort(at));
        int chars = Short.toUnsignedInt(b.getShort(at + 2));
        byte[] clear = new byte[chars * 2];
        for (int i = 0; i < clear.length; i++) {
            int x = (b.array()[offset + i] & 0xFF) ^ 0xA5;
            clear[i] = (byte) (((x & 0x0F) << 4) | (x >> 4));
        }
        return new String(clear, StandardCharsets.UTF_16LE);
    }
}
