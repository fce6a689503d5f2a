package dev.editions.cli;

import dev.editions.EditionsException;
import dev.editions.SafeText;
import dev.editions.normalise.Normaliser;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code editions} command line. Exit codes: 0 done, 1 bad input or a failed edition (one line
 * naming the file and the problem), 2 usage error.
 */
@Command(name = "editions",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a report into accessible editions: tagged PDF, DOCX, EPUB 3 and Markdown.",
        subcommands = {PublishCommand.class, InspectCommand.class, VerifyCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input or an edition that could not be written. */
    static final int BAD_INPUT = 1;

    @CommandLine.Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        addStageSwitches(commandLine.getSubcommands().get("publish"));
        addStageSwitches(commandLine.getSubcommands().get("inspect"));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose")
                    || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
            if (exception instanceof EditionsException) {
                err.println("editions: " + exception.getMessage());
            } else {
                err.println("editions: unexpected failure: " + SafeText.escape(String.valueOf(exception))
                        + (verbose ? "" : " (run again with --verbose for details)"));
            }
            if (verbose) {
                exception.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /**
     * Prints a usage error as picocli would, with the words the user typed (an unknown option, a bad
     * value) made safe to print, and returns exit code 2.
     */
    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(SafeText.escape(exception.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, err)) {
            command.usage(err, command.getColorScheme());
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Adds one {@code --no-STAGE} switch per standard normaliser stage. */
    private static void addStageSwitches(CommandLine command) {
        for (String stage : Normaliser.standard().names()) {
            command.getCommandSpec().addOption(OptionSpec.builder("--no-" + stage)
                    .arity("0")
                    .type(boolean.class)
                    .description("Skip the '" + stage + "' normaliser stage.")
                    .build());
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: publish, inspect or verify");
    }
}
