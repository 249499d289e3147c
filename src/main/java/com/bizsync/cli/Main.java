package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bizsync} command. Without arguments it opens the console; the subcommands serve
 * scripts, support and the platform operator. Failures print one sentence on standard error and
 * exit non-zero: never a stack trace (those go to the technical log).
 */
@Command(name = "bizsync", mixinStandardHelpOptions = true, versionProvider = Main.ProductVersion.class,
        description = "Publishes Sage 100 key figures to the BizSync mobile dashboard.")
public final class Main implements Callable<Integer> {

    /** Global: where settings, keys and logs live (else BIZSYNC_HOME, else the OS default). */
    @CommandLine.Option(names = "--home", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Folder for settings, keys and logs (default: BIZSYNC_HOME or the OS data folder).")
    void setHome(String folder) {
        System.setProperty("bizsync.home", folder);
    }

    /** {@code --version}: the POM's version, as everywhere else. */
    static final class ProductVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"BizSync " + com.bizsync.about.Version.current()};
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Subcommands.register(cli);
        // A mistyped command line gets one sentence too, not the whole usage text.
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println(Messages.get("common.badArguments", ex.getMessage(),
                    ex.getCommandLine().getCommandSpec().qualifiedName()));
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            String sentence = ex instanceof UserError ? ex.getMessage()
                    : Messages.get("common.unexpected", String.valueOf(ex));
            if (!(ex instanceof UserError)) {
                // Looked up here, not statically: --home must be known before logging starts.
                Logger LOG = LoggerFactory.getLogger(Main.class);
                LOG.error("Command failed", ex);
            }
            line.getErr().println(sentence.replace('\n', ' '));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        return ConsoleCommand.openConsole(new String[0]);
    }
}
