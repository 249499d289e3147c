package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.Customer;
import com.bizsync.platform.PasswordHashes;
import com.bizsync.platform.JdbcPlatformStorage;
import com.bizsync.platform.PlatformDatabase;
import com.bizsync.platform.PlatformStores;
import com.bizsync.platform.StorageFailure;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bizsync platform customer add|list|passwd}: the publisher accounts of the platform. */
@Command(name = "customer",
        subcommands = {PlatformCustomerCommand.Add.class, PlatformCustomerCommand.ListAll.class,
                PlatformCustomerCommand.Passwd.class})
final class PlatformCustomerCommand {
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{1,20}$");
    private static final int MIN_PASSWORD = 8;

    /** Options every customer subcommand shares. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FOLDER")
        Path data;

        @Option(names = "--database", paramLabel = "URL")
        String database;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        <T> T withStorage(Function<JdbcPlatformStorage, T> work) {
            Path folder = PlatformCommand.dataFolder(data);
            java.util.Optional<PlatformDatabase> db = PlatformCommand.database(database);
            try (JdbcPlatformStorage storage = PlatformStores.open(folder, db)) {
                return work.apply(storage);
            } catch (StorageFailure e) {
                throw PlatformStores.unusable(folder, db, e);
            }
        }
    }

    abstract static class WithPassword extends Base {
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;

        @Option(names = "--password-env", paramLabel = "VAR")
        String passwordEnv;

        String checkedCode() {
            if (!CODE.matcher(code).matches()) {
                throw new UserError("platform.cli.badCode", code);
            }
            return code;
        }

        /** The bcrypt hash of the new password; the clear password is wiped right after. */
        String newPasswordHash() {
            char[] password = passwordEnv != null ? PlatformCommand.fromEnv(passwordEnv) : prompt();
            try {
                if (password.length < MIN_PASSWORD) {
                    throw new UserError("platform.cli.passwordTooShort", MIN_PASSWORD);
                }
                return PasswordHashes.hash(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] prompt() {
            Console console = System.console();
            if (console == null) {
                throw new UserError("platform.cli.noConsole");
            }
            char[] first = console.readPassword("%s", Messages.get("platform.cli.passwordPrompt"));
            char[] again = console.readPassword("%s", Messages.get("platform.cli.passwordAgain"));
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new UserError("platform.cli.passwordMismatch");
            }
            Arrays.fill(again, '\0');
            return first;
        }
    }

    @Command(name = "add")
    static final class Add extends WithPassword {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String customer = checkedCode();
            String display = name.strip();
            if (display.isEmpty() || display.length() > 200) {
                throw new UserError("platform.cli.badName");
            }
            if (withStorage(s -> s.customer(customer).isPresent())) {
                throw new UserError("platform.cli.customerExists", customer);
            }
            String hash = newPasswordHash();
            if (!withStorage(s -> s.addCustomer(customer, display, hash))) {
                throw new UserError("platform.cli.customerExists", customer);
            }
            out().println(Messages.get("platform.cli.customerAdded", customer, display));
            return 0;
        }
    }

    @Command(name = "list")
    static final class ListAll extends Base {
        @Override
        public Integer call() {
            List<Customer> customers = withStorage(JdbcPlatformStorage::customers);
            if (customers.isEmpty()) {
                out().println(Messages.get("platform.cli.noCustomers"));
            }
            customers.forEach(c -> out().println(c.code() + "\t" + c.name()));
            return 0;
        }
    }

    @Command(name = "passwd")
    static final class Passwd extends WithPassword {
        @Override
        public Integer call() {
            String customer = checkedCode();
            if (withStorage(s -> s.customer(customer).isEmpty())) {
                throw new UserError("platform.cli.customerUnknown", customer);
            }
            String hash = newPasswordHash();
            if (!withStorage(s -> s.setCustomerPassword(customer, hash))) {
                throw new UserError("platform.cli.customerUnknown", customer);
            }
            out().println(Messages.get("platform.cli.passwordChanged", customer));
            return 0;
        }
    }
}
