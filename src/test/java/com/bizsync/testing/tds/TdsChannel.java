package com.bizsync.testing.tds;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * TDS packets over one socket: an 8-byte header (type, status, big-endian length, SPID, packet
 * id, window) before each packet; a message spans packets until the end-of-message status bit.
 */
final class TdsChannel {
    static final int SQL_BATCH = 0x01;
    static final int RPC = 0x03;
    static final int TABULAR_RESULT = 0x04;
    static final int ATTENTION = 0x06;
    static final int LOGIN7 = 0x10;
    static final int PRELOGIN = 0x12;

    private static final int HEADER = 8;
    private static final int END_OF_MESSAGE = 0x01;

    private final DataInputStream in;
    private final OutputStream out;
    private int packetSize = 4096;

    /** One client message: its packet type and its body without headers. */
    record Message(int type, byte[] body) {
    }

    TdsChannel(Socket socket) throws IOException {
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void packetSize(int size) {
        packetSize = size;
    }

    /** The next whole message, or null when the client closed the connection. */
    Message read() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int type = -1;
        while (true) {
            byte[] header = new byte[HEADER];
            try {
                in.readFully(header);
            } catch (EOFException e) {
                if (type < 0) {
                    return null;
                }
                throw e;
            }
            type = header[0] & 0xFF;
            int status = header[1] & 0xFF;
            int length = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
            byte[] payload = new byte[length - HEADER];
            in.readFully(payload);
            body.write(payload);
            if ((status & END_OF_MESSAGE) != 0) {
                return new Message(type, body.toByteArray());
            }
        }
    }

    /** Sends a server reply, cut into packets no larger than the negotiated packet size. */
    void send(int type, byte[] body) throws IOException {
        int chunk = packetSize - HEADER;
        int offset = 0;
        int packetId = 1;
        do {
            int length = Math.min(chunk, body.length - offset);
            boolean last = offset + length >= body.length;
            byte[] packet = new byte[HEADER + length];
            packet[0] = (byte) type;
            packet[1] = (byte) (last ? END_OF_MESSAGE : 0);
            packet[2] = (byte) ((HEADER + length) >> 8);
            packet[3] = (byte) (HEADER + length);
            packet[6] = (byte) packetId++;
            System.arraycopy(body, offset, packet, HEADER, length);
            out.write(packet);
            offset += length;
        } while (offset < body.length);
        out.flush();
    }
}
