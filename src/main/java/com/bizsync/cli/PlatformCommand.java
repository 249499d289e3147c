package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.ClientAddress;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.settings.AppHome;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bizsync platform …}: runs the self-hosted platform and manages its customer accounts. */
@Command(name = "platform",
        subcommands = {PlatformCommand.Serve.class, PlatformCustomerCommand.class})
final class PlatformCommand {

    /**
     * Where the platform keeps its database unless --data says otherwise: the one rule for
     * {@code serve} and the {@code customer} commands, so an account added without --data is one
     * the platform served without --data knows.
     */
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

    @Command(name = "serve")
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = PlatformConfig.DEFAULT_BIND)
        String bind;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080")
        int port;

        @Option(names = "--data", paramLabel = "FOLDER")
        Path data;

        @Option(names = "--token-hours", paramLabel = "HOURS", defaultValue = "12")
        int tokenHours;

        @Option(names = "--keystore", paramLabel = "FILE")
        Path keystore;

        @Option(names = "--keystore-password-env", paramLabel = "VAR")
        String keystorePasswordEnv;

        @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",")
        List<String> trustedProxies = List.of();

        @Override
        public Integer call() throws InterruptedException {
            if (port < 0 || port > 65535) {
                throw new UserError("platform.cli.badPort", String.valueOf(port));
            }
            if (tokenHours < 1 || tokenHours > 24 * 365) {
                throw new UserError("platform.cli.badTokenHours", String.valueOf(tokenHours));
            }
            Set<InetAddress> proxies = new HashSet<>();
            for (String proxy : trustedProxies) {
                proxies.add(ClientAddress.parse(proxy.trim())
                        .orElseThrow(() -> new UserError("platform.cli.badProxyAddress", proxy)));
            }
            PlatformConfig config = PlatformConfig.defaults(dataFolder(data)).withBindAddress(bind).withPort(port)
                    .withTokenLifetime(Duration.ofHours(tokenHours));
            config = config.withLimits(config.limits().withTrustedProxies(proxies));
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
            spec.commandLine().getOut().println(Messages.get("platform.serve.data", config.dataFolder()));
            spec.commandLine().getOut().flush();
            stopped.await();
            return 0;
        }
    }
}
