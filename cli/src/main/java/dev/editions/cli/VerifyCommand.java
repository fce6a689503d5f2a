package dev.editions.cli;

import dev.editions.Editions;
import dev.editions.check.ConformanceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code editions verify}: checks written editions with every validator available and writes the
 * conformance report.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks editions with veraPDF, EPUBCheck, the OOXML schemas, the Markdown rules and "
                + "DAISY Ace (when installed); writes conformance.json and conformance.html.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Edition files, or folders whose editions are all checked.")
    private List<Path> editions;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write the report (default: the first folder given, or the first file's folder).")
    private Path reportFolder;

    @Override
    public Integer call() {
        ConformanceReport report = Editions.create().verifyEditions(editions);
        boolean passed = ConformanceOutput.report(report, reportFolder != null ? reportFolder : defaultFolder(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return passed ? 0 : Main.BAD_INPUT;
    }

    private Path defaultFolder() {
        Path first = editions.get(0);
        if (Files.isDirectory(first)) {
            return first;
        }
        Path parent = first.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
