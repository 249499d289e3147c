package com.bizsync.platform;

import com.bizsync.i18n.UserError;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule choosing the platform's storage: PostgreSQL when a database is given, else the
 * embedded SQLite file in the data folder (the default).
 */
public final class PlatformStores {
    private PlatformStores() {
    }

    /** @throws UserError naming the database or the data folder that cannot be used */
    public static JdbcPlatformStorage open(Path dataFolder, Optional<PlatformDatabase> database) {
        try {
            return database.<JdbcPlatformStorage>map(PostgresPlatformStorage::open)
                    .orElseGet(() -> SqlitePlatformStorage.open(dataFolder));
        } catch (StorageFailure e) {
            throw unusable(dataFolder, database, e);
        }
    }

    /** The sentence for a store that cannot be opened or used, naming the database or the folder. */
    public static UserError unusable(Path dataFolder, Optional<PlatformDatabase> database, Throwable cause) {
        return database.map(db -> new UserError(cause, "platform.error.database", db.safeUrl()))
                .orElseGet(() -> new UserError(cause, "platform.error.dataFolder", dataFolder));
    }
}
