package com.bizsync.settings;

import com.bizsync.i18n.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key in a file only its owner may read or write ({@code secret.key} in the BizSync home
 * folder). The file is created complete and already restricted, then linked into place, so a
 * second process starting at the same moment either sees the whole key or creates nothing.
 */
public final class KeyFileSecretKeyStore implements SecretKeyStore {
    public static final String FILE_NAME = "secret.key";
    private static final Logger LOG = LoggerFactory.getLogger(KeyFileSecretKeyStore.class);
    private static final String HEADER = "bizsync-secret-key-v1 ";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public KeyFileSecretKeyStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public SecretKey loadOrCreate() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            return read();
        } catch (IOException e) {
            LOG.error("Cannot read or create the key file {}", file, e);
            throw new UserError(e, "settings.key.unreadable", file);
        }
    }

    private SecretKey read() throws IOException {
        OwnerOnlyFiles.tighten(file);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (java.nio.charset.MalformedInputException e) {
            throw damaged(e);
        }
        if (!content.startsWith(HEADER)) {
            throw damaged(null);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(content.substring(HEADER.length()).trim());
        } catch (IllegalArgumentException e) {
            throw damaged(e);
        }
        if (raw.length != KEY_BYTES) {
            throw damaged(null);
        }
        return new SecretKeySpec(raw, "AES");
    }

    private UserError damaged(Exception cause) {
        LOG.error("The key file {} is damaged (not a BizSync key)", file);
        return new UserError(cause, "settings.key.damaged", file);
    }

    private void create() throws IOException {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        byte[] content = (HEADER + Base64.getEncoder().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path temporary = file.resolveSibling(FILE_NAME + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            OwnerOnlyFiles.createEmpty(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            publish(temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Puts the finished file in place without ever replacing a key another process made first. */
    private void publish(Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary);
            LOG.info("Created a new secret key file {}", file);
        } catch (FileAlreadyExistsException another) {
            LOG.info("Key file {} was created meanwhile by another BizSync process", file);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            // File systems without hard links: a plain rename, still never over an existing key.
            if (!Files.exists(file)) {
                try {
                    Files.move(temporary, file);
                    LOG.info("Created a new secret key file {}", file);
                } catch (FileAlreadyExistsException another) {
                    LOG.info("Key file {} was created meanwhile by another BizSync process", file);
                }
            }
        }
    }
}
