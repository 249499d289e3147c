package com.bizsync.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * The storage of a platform that runs as several instances: one PostgreSQL database shared by
 * all of them, through a HikariCP pool. Nothing an instance needs is kept in its memory, so any
 * instance can answer any request. Its own migrations ({@code db/platform-postgresql}) mirror the
 * SQLite ones version by version, with PostgreSQL's types.
 */
public final class PostgresPlatformStorage extends JdbcPlatformStorage {
    static final String MIGRATIONS = "classpath:db/platform-postgresql";
    /** Per instance; ten instances stay within PostgreSQL's default of 100 connections. */
    private static final int POOL_SIZE = 8;
    /** How long a request waits for a connection before it is answered 503 (server restarting, say). */
    private static final long CONNECTION_WAIT_MS = TimeUnit.SECONDS.toMillis(5);

    private final HikariDataSource pool;
    private final PlatformDatabase database;
    private PostgresChangeFeed feed;

    private PostgresPlatformStorage(HikariDataSource pool, PlatformDatabase database) {
        super(pool, pool);
        this.pool = pool;
        this.database = database;
    }

    /** Connects, brings the schema up to date (Flyway locks it while two instances start at once). */
    public static PostgresPlatformStorage open(PlatformDatabase database) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(database));
        } catch (RuntimeException e) {
            throw new StorageFailure("cannot connect to " + database.safeUrl(), e);
        }
        PostgresPlatformStorage storage = new PostgresPlatformStorage(pool, database);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageFailure("cannot migrate " + database.safeUrl(), e);
        }
        return storage;
    }

    private static HikariConfig config(PlatformDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bizsync-platform");
        config.setJdbcUrl(database.url());
        char[] password = database.password();
        if (password != null) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_WAIT_MS);
        // A server that stops answering (network cut) must not hold a request forever.
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "bizsync-platform");
        return config;
    }

    /** Started on first use: the one extra connection serves only an instance that keeps a cache. */
    @Override
    public synchronized StoreChanges changes() {
        if (feed == null) {
            feed = new PostgresChangeFeed(database);
            feed.start();
        }
        return feed;
    }

    @Override
    int announce(Connection c, StoreChange change) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            st.setString(1, PostgresChangeFeed.CHANNEL);
            st.setString(2, change.payload());
            st.execute();
        }
        return 0;
    }

    @Override
    void connectionLost() {
        // Retired when next returned or at once when idle: the next requests get new connections.
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (feed != null) {
                feed.close();
            }
        }
        pool.close();
    }
}
