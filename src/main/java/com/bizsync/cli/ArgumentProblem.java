package com.bizsync.cli;

import com.bizsync.i18n.Messages;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What is wrong with a command line, in the user's language for the common mistakes (picocli's own text is English). */
final class ArgumentProblem {
    private ArgumentProblem() {
    }

    static String describe(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String words = String.join(" ", unmatched.getUnmatched());
            return Messages.get(words.startsWith("-") ? "common.cli.unknownOption" : "common.cli.extraArgument", words);
        }
        if (problem instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Messages.get("common.cli.missingOption", missing.getMissing().stream()
                    .map(ArgumentProblem::label).collect(Collectors.joining(", ")), missing.getMissing().size());
        }
        CommandLine command = problem.getCommandLine();
        if (!command.getSubcommands().isEmpty() && !(command.getCommand() instanceof java.util.concurrent.Callable<?>)) {
            // A command that only groups others ("platform", "platform customer") was given none.
            return Messages.get("common.cli.missingCommand", String.join(", ", command.getSubcommands().keySet()));
        }
        return problem.getMessage();
    }

    /** "--code" for an option, its label for a positional parameter. */
    private static String label(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
