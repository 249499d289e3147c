package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.settings.AppHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bizsync platform …}: runs the self-hosted platform and manages its customer accounts. */
@Command(name = "platform", description = "Runs the BizSync platform and manages its customer accounts.",
        subcommands = {PlatformCommand.Serve.class, PlatformCustomerCommand.class})
final class PlatformCommand {

    /** Where the platform keeps its database unless --data says otherwise. */
    static Path dataFolder(Path option) {
        return option != null ? option.toAbsolutePath() : AppHome.resolve().resolve("platform");
    }

    /** Reads a secret from the named environment variable, or fails with one sentence. */
    static char[] fromEnv(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new UserError("platform.cli.envMissing", variable);
        }
        return value.toCharArray();
    }

    @Command(name = "serve", description = "Runs the platform until Ctrl-C.")
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = PlatformConfig.DEFAULT_BIND,
                description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String bind;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
                description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--data", paramLabel = "FOLDER",
                description = "Data folder (default: <BizSync home>/platform).")
        Path data;

        @Option(names = "--token-hours", paramLabel = "HOURS", defaultValue = "12",
                description = "How long a mobile sign-in lasts, in hours (default: ${DEFAULT-VALUE}).")
        int tokenHours;

        @Option(names = "--keystore", paramLabel = "FILE",
                description = "PKCS12 or JKS keystore with the server key and certificate: serves HTTPS.")
        Path keystore;

        @Option(names = "--keystore-password-env", paramLabel = "VAR",
                description = "Environment variable holding the keystore password.")
        String keystorePasswordEnv;

        @Override
        public Integer call() throws InterruptedException {
            if (port < 0 || port > 65535) {
                throw new UserError("platform.cli.badPort", String.valueOf(port));
            }
            if (tokenHours < 1 || tokenHours > 24 * 365) {
                throw new UserError("platform.cli.badTokenHours", String.valueOf(tokenHours));
            }
            PlatformConfig config = PlatformConfig.defaults(dataFolder(data)).withBindAddress(bind).withPort(port)
                    .withTokenLifetime(Duration.ofHours(tokenHours));
            if (keystore != null) {
                if (keystorePasswordEnv == null) {
                    throw new UserError("platform.cli.keystorePasswordEnvMissing");
                }
                config = config.withHttps(keystore.toAbsolutePath(), fromEnv(keystorePasswordEnv));
            } else if (keystorePasswordEnv != null) {
                throw new UserError("platform.cli.keystoreMissing");
            }
            PlatformServer server = PlatformServer.start(config);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "platform-shutdown"));
            spec.commandLine().getOut().println(Messages.get("platform.serve.listening", server.url()));
            spec.commandLine().getOut().flush();
            stopped.await();
            return 0;
        }
    }
}
