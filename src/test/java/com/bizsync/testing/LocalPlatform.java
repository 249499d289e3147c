package com.bizsync.testing;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.platform.PlatformStores;
import com.bizsync.platform.JdbcPlatformStorage;
import java.nio.file.Path;

/**
 * The real platform on 127.0.0.1 (random port) over a data folder, with one customer account,
 * as the operator would create it. Can be stopped and restarted on the same port and data.
 */
public final class LocalPlatform implements AutoCloseable {
    private final Path data;
    private final java.util.function.UnaryOperator<PlatformConfig> tuning;
    private PlatformServer server;
    private int port;

    private LocalPlatform(Path data, java.util.function.UnaryOperator<PlatformConfig> tuning) {
        this.data = data;
        this.tuning = tuning;
    }

    public static LocalPlatform start(Path data, String customer, String password) {
        return start(data, customer, password, config -> config);
    }

    /** With a changed configuration (a shorter idle timeout, say). */
    public static LocalPlatform start(Path data, String customer, String password,
                                      java.util.function.UnaryOperator<PlatformConfig> tuning) {
        PlatformConfig config = tuning.apply(PlatformStoreUnderTest.config(data));
        try (JdbcPlatformStorage storage = PlatformStores.open(config.dataFolder(), config.database())) {
            // Cost 4: the platform accepts any bcrypt cost and tests stay fast.
            storage.addCustomer(customer, customer + " SARL", BCrypt.withDefaults().hashToString(4, password.toCharArray()));
        }
        LocalPlatform platform = new LocalPlatform(data, tuning);
        platform.server = PlatformServer.start(config);
        platform.port = platform.server.port();
        return platform;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts again on the same port and data folder. */
    public void restart() {
        stop();
        server = PlatformServer.start(tuning.apply(PlatformStoreUnderTest.config(data)).withPort(port));
    }

    @Override
    public void close() {
        stop();
    }
}
