package com.bizsync.platform;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a gzip request body (RFC 1952): exactly one member, its checksum and length right,
 * nothing after it, and never more than the limit in memory (a gzip bomb stops there with 413).
 * {@link java.util.zip.GZIPInputStream} silently drops bytes that follow the stream.
 */
final class GzipBody {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private GzipBody() {
    }

    static byte[] inflate(byte[] gz, int limit) {
        int pos = headerLength(gz);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gz, pos, gz.length - pos);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CRC32 crc = new CRC32();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw corrupt();
                }
                if (out.size() + n > limit) {
                    throw ApiError.tooLarge(limit);
                }
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            int trailer = gz.length - inflater.getRemaining();
            if (gz.length - trailer < 8 || le32(gz, trailer) != crc.getValue()
                    || le32(gz, trailer + 4) != (out.size() & 0xFFFFFFFFL)) {
                throw corrupt();
            }
            if (gz.length - trailer > 8) {
                throw ApiError.badRequest("The body has data after its gzip stream.");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw corrupt();
        } finally {
            inflater.end();
        }
    }

    private static int headerLength(byte[] gz) {
        if (gz.length < 18 || (gz[0] & 0xff) != 0x1f || (gz[1] & 0xff) != 0x8b || gz[2] != 8) {
            throw corrupt();
        }
        int flags = gz[3] & 0xff;
        int pos = 10;
        if ((flags & FEXTRA) != 0) {
            pos += 2 + ((gz[pos] & 0xff) | (gz[pos + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            pos = afterZero(gz, pos);
        }
        if ((flags & FCOMMENT) != 0) {
            pos = afterZero(gz, pos);
        }
        if ((flags & FHCRC) != 0) {
            pos += 2;
        }
        if (pos > gz.length) {
            throw corrupt();
        }
        return pos;
    }

    private static int afterZero(byte[] gz, int pos) {
        while (pos < gz.length && gz[pos] != 0) {
            pos++;
        }
        return pos + 1;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static ApiError corrupt() {
        return ApiError.badRequest("The gzip body is corrupt.");
    }
}
