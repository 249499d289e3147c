package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.PlatformDatabase;
import com.bizsync.platform.PlatformStores;
import com.bizsync.platform.PostgresPlatformStorage;
import com.bizsync.platform.SqlitePlatformStorage;
import com.bizsync.platform.StorageFailure;
import com.bizsync.platform.StoreCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bizsync platform migrate-store --to jdbc:postgresql://…}: copies the embedded store
 * (accounts, publications, mobile users, their sessions) into an empty PostgreSQL database, so
 * the platform can move there without anyone signing in or publishing again.
 */
@Command(name = "migrate-store")
final class PlatformMigrateStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "FOLDER")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL")
    String to;

    @Override
    public Integer call() {
        Path folder = PlatformCommand.dataFolder(from);
        if (!Files.isRegularFile(folder.resolve(SqlitePlatformStorage.FILE_NAME))) {
            // Opening would create an empty store: copying nothing is surely not what was meant.
            throw new UserError("platform.migrate.noSource", folder);
        }
        Optional<PlatformDatabase> target = PlatformCommand.database(to);
        Map<String, Integer> copied;
        try (SqlitePlatformStorage source = (SqlitePlatformStorage) PlatformStores.open(folder, Optional.empty());
             PostgresPlatformStorage destination = (PostgresPlatformStorage) PlatformStores.open(folder, target)) {
            copied = StoreCopy.copy(source, destination);
        } catch (StoreCopy.TargetNotEmpty e) {
            throw new UserError(e, "platform.migrate.targetNotEmpty", target.get().safeUrl(), e.table());
        } catch (StorageFailure e) {
            throw PlatformStores.unusable(folder, target, e);
        }
        var out = spec.commandLine().getOut();
        copied.forEach((table, rows) -> out.println(Messages.get("platform.migrate.table", table, rows)));
        out.println(Messages.get("platform.migrate.done", folder, target.get().safeUrl()));
        out.flush();
        return 0;
    }
}
