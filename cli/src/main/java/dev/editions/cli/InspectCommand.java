package dev.editions.cli;

import dev.editions.Draft;
import dev.editions.Editions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code editions inspect}: prints the normalised document model as JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints the document model of SOURCE as JSON, after normalising it.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "The report file to inspect.")
    private Path source;

    @Option(names = "--raw", description = "Show the document as read, before normalising.")
    private boolean raw;

    @Option(names = "--verbose", description = "Print stack traces on failure.")
    private boolean verbose;

    @Override
    public Integer call() {
        Draft draft = Editions.create().open(source);
        if (!raw) {
            draft = draft.normalise(NormaliseOptions.normaliser(spec));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(InspectJson.of(draft));
        out.flush();
        return 0;
    }
}
