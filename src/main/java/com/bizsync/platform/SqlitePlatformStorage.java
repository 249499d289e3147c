package com.bizsync.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded storage: one SQLite file ({@code platform.db}) in the data folder, in WAL mode so
 * readers never wait for a publication being written. Writes use {@code BEGIN IMMEDIATE} so two
 * writers queue on the busy timeout instead of failing on a lock upgrade.
 */
public final class SqlitePlatformStorage extends JdbcPlatformStorage {
    public static final String FILE_NAME = "platform.db";
    static final String MIGRATIONS = "classpath:db/platform";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private SqlitePlatformStorage(String url) {
        super(dataSource(url, SQLiteConfig.TransactionMode.DEFERRED),
                dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE));
    }

    /** Opens (creating if needed) the storage in the folder and brings its schema up to date. */
    public static SqlitePlatformStorage open(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new StorageFailure("cannot create the data folder " + dataFolder, e);
        }
        SqlitePlatformStorage storage = new SqlitePlatformStorage(
                "jdbc:sqlite:" + dataFolder.resolve(FILE_NAME).toAbsolutePath());
        try {
            Flyway.configure().dataSource(storage.writes()).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            throw new StorageFailure("cannot open or migrate " + dataFolder.resolve(FILE_NAME), e);
        }
        return storage;
    }

    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    @Override
    void beginConsistentRead(Connection c) {
        // A SQLite read transaction already sees one snapshot of the WAL file.
    }

    @Override
    public void close() {
        // Connections are opened per operation and closed after it: nothing stays open.
    }
}
