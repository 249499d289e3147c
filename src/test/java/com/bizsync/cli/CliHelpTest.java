package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --help} answers on every command and subcommand, exits 0 and reads in the user's
 * language: French words for a French user, English ones for an English user.
 */
class CliHelpTest {

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    /** Every command path of the real command tree: "platform customer add", "bench extract", … */
    private static List<List<String>> everyCommand() {
        CommandLine root = new CommandLine(new Main());
        Subcommands.register(root);
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, paths);
        });
    }

    private static Run run(List<String> path, String... more) {
        List<String> args = new ArrayList<>(path);
        args.addAll(List.of(more));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = Main.run(args.toArray(String[]::new));
            return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void everyCommandAnswersHelpInFrench() {
        List<List<String>> commands = everyCommand();
        // Named by hand, so a command that disappears (or one added without its help) is noticed.
        assertEquals(List.of("", "console", "platform", "platform serve", "platform customer", "platform customer add",
                        "platform customer list", "platform customer passwd", "platform migrate-store", "extract",
                        "demo-db", "bench", "bench extract", "bench publish", "bench platform-cluster", "bench platform",
                        "publish", "demo", "scheduler",
                        "scheduler status", "schedule", "schedule show", "schedule set"),
                commands.stream().map(path -> String.join(" ", path)).toList());
        Messages.setLocale(Locale.FRENCH);
        for (List<String> path : commands) {
            String name = String.join(" ", path);
            Run help = run(path, "--help");
            assertEquals(0, help.exit(), name + ": " + help.err());
            assertEquals("", help.err(), name);
            String expectedStart = ("Utilisation : bizsync " + name).strip();
            assertTrue(help.out().startsWith(expectedStart), name + ":\n" + help.out());
            assertTrue(help.out().contains("Affiche cette aide et quitte."), name + ":\n" + help.out());
            assertFalse(help.out().contains("Usage:"), name + ":\n" + help.out());
            assertFalse(help.out().contains("Show this help"), name + ":\n" + help.out());
            assertFalse(help.out().matches("(?s).*=(FOLDER|FILE|NAME|USER|ADDRESS|HOURS|DAY)\\b.*"), name + ":\n" + help.out());
            assertTrue(descriptionLine(help.out()).length() > 10, name + " has a description:\n" + help.out());
        }
    }

    @Test
    void everyCommandAnswersHelpInEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        for (List<String> path : everyCommand()) {
            String name = String.join(" ", path);
            Run help = run(path, "-h");
            assertEquals(0, help.exit(), name + ": " + help.err());
            assertTrue(help.out().startsWith(("Usage: bizsync " + name).strip()), name + ":\n" + help.out());
            assertTrue(help.out().contains("Show this help message and exit."), name + ":\n" + help.out());
            assertTrue(descriptionLine(help.out()).length() > 10, name + " has a description:\n" + help.out());
        }
    }

    @Test
    void everyOptionIsDescribedInBothLanguages() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Messages.setLocale(language);
            List<String> undescribed = new ArrayList<>();
            List<CommandLine> all = new ArrayList<>(List.of(Main.commandLine()));
            for (int i = 0; i < all.size(); i++) {
                CommandLine command = all.get(i);
                all.addAll(command.getSubcommands().values());
                command.getCommandSpec().args().forEach(arg -> {
                    if (String.join("", arg.description()).isBlank()) {
                        undescribed.add(command.getCommandSpec().qualifiedName() + " " + arg.paramLabel()
                                + (arg instanceof CommandLine.Model.OptionSpec o ? " " + o.longestName() : ""));
                    }
                });
            }
            assertEquals(List.of(), undescribed, language.toString());
        }
    }

    @Test
    void theCustomerCommandsExplainTheirOptionsInFrench() {
        Messages.setLocale(Locale.FRENCH);
        Run add = run(List.of("platform", "customer", "add"), "--help");
        assertEquals(0, add.exit(), add.err());
        String text = add.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Crée le compte d'un client (éditeur des données) sur la plateforme."), text);
        assertTrue(text.contains("--code=CODE Code du client (lettres majuscules A-Z et chiffres)."), text);
        assertTrue(text.contains("--data=DOSSIER Dossier des données de la plateforme (par défaut : le dossier"
                + " platform du dossier BizSync, celui que lit « bizsync platform serve »)."), text);

        Run serve = run(List.of("platform", "serve"), "--help");
        String serveText = serve.out().replaceAll("\\s+", " ");
        assertTrue(serveText.contains("--port=PORT Port TCP (par défaut : 8080 ; 0 choisit un port libre)."), serveText);

        Run root = run(List.of(), "--help");
        String rootText = root.out().replaceAll("\\s+", " ");
        assertTrue(rootText.contains("Commandes : console Ouvre la console de publication."), rootText);
        assertTrue(rootText.startsWith("Utilisation : bizsync [-hV] [--home=DOSSIER] [COMMANDE]"), rootText);
    }

    @Test
    void aMistypedOptionIsExplainedInFrench() {
        Messages.setLocale(Locale.FRENCH);
        Run bad = run(List.of("platform", "customer", "list"), "--nope");
        assertEquals(2, bad.exit());
        assertEquals("Ligne de commande incorrecte : option inconnue « --nope ». Voir « bizsync platform customer list"
                + " --help ».", bad.err().strip());
        Run missing = run(List.of("platform", "customer", "passwd"));
        assertEquals(2, missing.exit());
        assertEquals("Ligne de commande incorrecte : option obligatoire manquante « --code ». Voir « bizsync"
                + " platform customer passwd --help ».", missing.err().strip());
    }

    @Test
    void aCommandThatOnlyGroupsOthersSaysWhichToChoose() {
        Messages.setLocale(Locale.FRENCH);
        Run bare = run(List.of("platform"));
        assertEquals(2, bare.exit());
        assertEquals("Ligne de commande incorrecte : commande manquante : choisissez parmi serve, customer, migrate-store. Voir"
                + " « bizsync platform --help ».", bare.err().strip());
        Run version = run(List.of("platform", "customer", "list"), "--version");
        assertEquals(0, version.exit());
        assertEquals("BizSync " + com.bizsync.about.Version.current(), version.out().strip());
    }

    /** The first line after the synopsis: the command's description. */
    private static String descriptionLine(String help) {
        String[] lines = help.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].startsWith(" ")) {
                return lines[i].strip();
            }
        }
        return "";
    }
}
