package com.bizsync.testing;

import com.bizsync.platform.JdbcPlatformStorage;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformDatabase;
import com.bizsync.platform.PlatformStores;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which store the platform tests run on: the embedded SQLite file by default, PostgreSQL when
 * {@code -Dbizsync.test.platformStore=postgresql} (the second Surefire execution). On PostgreSQL
 * each data folder a test uses gets its own database in the shared local cluster, so the tests
 * stay as independent as their temporary folders.
 */
public final class PlatformStoreUnderTest {
    public static final String PROPERTY = "bizsync.test.platformStore";
    private static final Map<Path, PlatformDatabase> DATABASES = new ConcurrentHashMap<>();

    private PlatformStoreUnderTest() {
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The database standing for this data folder, or empty on the embedded store. */
    public static Optional<PlatformDatabase> database(Path dataFolder) {
        if (!postgresql()) {
            return Optional.empty();
        }
        return Optional.of(DATABASES.computeIfAbsent(dataFolder.toAbsolutePath(), folder -> {
            LocalPostgres pg = LocalPostgres.shared();
            return new PlatformDatabase(pg.url(pg.createDatabase()), LocalPostgres.PASSWORD.toCharArray());
        }));
    }

    /** The platform's default configuration over this data folder, on the store under test. */
    public static PlatformConfig config(Path dataFolder) {
        PlatformConfig config = PlatformConfig.defaults(dataFolder);
        return database(dataFolder).map(config::withDatabase).orElse(config);
    }

    /** A plain JDBC connection to that storage, for a test that looks at the stored rows themselves. */
    public static java.sql.Connection connect(Path dataFolder) throws java.sql.SQLException {
        Optional<PlatformDatabase> db = database(dataFolder);
        if (db.isPresent()) {
            return java.sql.DriverManager.getConnection(db.get().url(), LocalPostgres.SUPERUSER, LocalPostgres.PASSWORD);
        }
        return java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + dataFolder.resolve(com.bizsync.platform.SqlitePlatformStorage.FILE_NAME));
    }

    /** The storage the platform started with {@link #config} uses, opened directly. */
    public static JdbcPlatformStorage open(Path dataFolder) {
        return PlatformStores.open(dataFolder, database(dataFolder));
    }
}
