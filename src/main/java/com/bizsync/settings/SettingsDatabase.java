package com.bizsync.settings;

import com.bizsync.i18n.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the settings SQLite file, brought to the current schema by Flyway. WAL plus a busy
 * timeout let the console and a scheduled run (another process) read and write it at once.
 */
final class SettingsDatabase {
    /** Long enough to wait out another process's write; writes here take milliseconds. */
    static final int BUSY_TIMEOUT_MS = 15_000;
    private static final String MIGRATIONS = "classpath:db/settings";
    /** Flyway cannot lock an SQLite file: two processes migrating a new file at once would collide. */
    private static final String MIGRATION_LOCK = "settings.migration.lock";
    private static final ReentrantLock MIGRATING_IN_THIS_JVM = new ReentrantLock();
    private static final Logger LOG = LoggerFactory.getLogger(SettingsDatabase.class);

    private SettingsDatabase() {
    }

    static Connection open(Path file) throws SQLException, IOException {
        migrate(file);
        Connection connection = config().createConnection(url(file));
        connection.setAutoCommit(true);
        return connection;
    }

    private static void migrate(Path file) throws IOException {
        Path lockFile = file.resolveSibling(MIGRATION_LOCK);
        MIGRATING_IN_THIS_JVM.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                SQLiteDataSource dataSource = new SQLiteDataSource(config());
                dataSource.setUrl(url(file));
                Flyway flyway = Flyway.configure(SettingsDatabase.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(MIGRATIONS)
                        .failOnMissingLocations(true)
                        .cleanDisabled(true)
                        .load();
                refuseNewerSchema(flyway, file);
                flyway.migrate();
            } finally {
                lock.release();
            }
        } finally {
            MIGRATING_IN_THIS_JVM.unlock();
        }
    }

    /**
     * A file already migrated by a newer BizSync (then the older one reinstalled) has tables this
     * version does not know: writing to it could lose what the newer version stored.
     */
    private static void refuseNewerSchema(Flyway flyway, Path file) {
        boolean newer = Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            LOG.error("Settings file {} has a schema newer than this version of BizSync", file);
            throw new UserError("settings.open.newerVersion", file);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
