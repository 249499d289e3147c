package com.bizsync.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded storage: one SQLite file ({@code platform.db}) in the data folder, in WAL mode so
 * readers never wait for a publication being written. Writes use {@code BEGIN IMMEDIATE} so two
 * writers queue on the busy timeout instead of failing on a lock upgrade. Connections are pooled
 * (HikariCP): opening the file and setting its pragmas cost more than most reads.
 */
public final class SqlitePlatformStorage extends JdbcPlatformStorage {
    public static final String FILE_NAME = "platform.db";
    static final String MIGRATIONS = "classpath:db/platform";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private static final int READ_CONNECTIONS = 8;
    /** Writes queue in SQLite anyway (one writer at a time); a few connections let them wait there. */
    private static final int WRITE_CONNECTIONS = 2;

    private final HikariDataSource readPool;
    private final HikariDataSource writePool;

    private SqlitePlatformStorage(HikariDataSource reads, HikariDataSource writes) {
        super(reads, writes);
        this.readPool = reads;
        this.writePool = writes;
    }

    private static SqlitePlatformStorage create(String url) {
        HikariDataSource reads = pool("platform-reads", dataSource(url, SQLiteConfig.TransactionMode.DEFERRED),
                READ_CONNECTIONS);
        try {
            return new SqlitePlatformStorage(reads, pool("platform-writes",
                    dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE), WRITE_CONNECTIONS));
        } catch (RuntimeException e) {
            reads.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String name, SQLiteDataSource sqlite, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(sqlite);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // A waiting request gets its connection within the SQLite busy timeout, or fails like a lock timeout.
        config.setConnectionTimeout(BUSY_TIMEOUT_MS);
        return new HikariDataSource(config);
    }

    /** Opens (creating if needed) the storage in the folder and brings its schema up to date. */
    public static SqlitePlatformStorage open(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new StorageFailure("cannot create the data folder " + dataFolder, e);
        }
        SqlitePlatformStorage storage;
        try {
            storage = create("jdbc:sqlite:" + dataFolder.resolve(FILE_NAME).toAbsolutePath());
        } catch (RuntimeException e) {
            throw new StorageFailure("cannot open " + dataFolder.resolve(FILE_NAME), e);
        }
        try {
            Flyway.configure().dataSource(storage.writes()).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            storage.close();
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
    public void close() {
        readPool.close();
        writePool.close();
    }
}
