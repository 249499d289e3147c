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
@Command(name = "bizsync", mixinStandardHelpOptions = true, versionProvider = Main.ProductVersion.class)
public final class Main implements Callable<Integer> {

    /** Global: where settings, keys and logs live (else BIZSYNC_HOME, else the OS default). */
    @CommandLine.Option(names = "--home", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FOLDER")
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
        return commandLine().execute(args);
    }

    /**
     * The whole command tree, every command with {@code --help} and its usage text in the user's
     * language ({@code resources/i18n/cli*.properties}).
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        Subcommands.register(cli);
        withHelp(cli, cli.getCommandSpec().versionProvider());
        cli.setResourceBundle(Messages.bundle("cli"));
        cli.setHelpFactory(new LocalizedHelp(Messages.bundle("cli")));
        // A mistyped command line gets one sentence too, not the whole usage text.
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println(Messages.get("common.badArguments", ArgumentProblem.describe(ex),
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
        return cli;
    }

    /** Every command answers --help and --version, including those added later to {@link Subcommands}. */
    private static void withHelp(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> withHelp(sub, version));
    }

    @Override
    public Integer call() {
        return ConsoleCommand.openConsole(new String[0]);
    }
}
