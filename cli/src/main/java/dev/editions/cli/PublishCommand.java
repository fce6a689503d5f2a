package dev.editions.cli;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.Publication;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.PageSize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code editions publish}: writes the editions of one or more reports. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Writes the editions of each SOURCE (.txt or .md) into the output folder.",
            "Without SOURCE, publishes the bundled sample report."})
final class PublishCommand implements Callable<Integer> {
    /** The formats Editions is built to write; a build may lack some of them. */
    static final List<String> ALL_FORMATS = List.of("pdf", "docx", "epub", "md");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Report files to publish.")
    private List<Path> sources = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "editions-out",
            description = "Folder to write the editions to (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = {"-f", "--formats"}, paramLabel = "FORMAT", split = ",",
            description = "Formats to write, comma-separated: pdf, docx, epub, md (default: all available).")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "Paper size of the PDF edition: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private PageSize pageSize;

    @Option(names = "--margin", paramLabel = "MM", defaultValue = "25",
            description = "Page margin of the PDF edition in millimetres, 5 to 60 (default: ${DEFAULT-VALUE}).")
    private double margin;

    @Option(names = "--justify", description = "Justify body text in the PDF edition (default: ragged right).")
    private boolean justified;

    @Option(names = "--certified-by", paramLabel = "NAME",
            description = "Who vouches for the accessibility claims (default: the first publisher).")
    private String certifiedBy;

    @Option(names = "--verbose", description = "Print the normaliser's changes, and stack traces on failure.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(margin >= 5 && margin <= 60)) {
            throw new ParameterException(spec.commandLine(), "--margin must be between 5 and 60 mm, was " + margin);
        }
        EditionOptions options = EditionOptions.defaults().toBuilder().pageSize(pageSize).marginMillimetres(margin)
                .justified(justified).certifiedBy(certifiedBy).build();
        Editions editions = Editions.create().withOptions(options).withNormaliser(NormaliseOptions.normaliser(spec));
        List<String> wanted = formats.isEmpty() ? editions.formats() : formats;
        List<Draft> drafts = new ArrayList<>();
        if (sources.isEmpty()) {
            drafts.add(editions.open(BundledSample.source()));
        } else {
            for (Path source : sources) {
                drafts.add(editions.open(source));
            }
        }
        refuseNameClashes(drafts);
        for (Draft draft : drafts) {
            Draft normalised = draft.normalise();
            if (verbose) {
                normalised.reports().forEach(report -> report.changes()
                        .forEach(change -> out.println("  " + report.stage() + ": " + change)));
            }
            if (wanted.isEmpty()) {
                continue;
            }
            Publication publication = normalised.publish(output, wanted.toArray(String[]::new));
            for (Publication.Edition edition : publication.editions()) {
                out.printf("Wrote %s (%,d bytes)%n", edition.path(), edition.bytes());
            }
        }
        List<String> missing = ALL_FORMATS.stream().filter(f -> !editions.formats().contains(f)).toList();
        if (formats.isEmpty() && !missing.isEmpty()) {
            out.println("Not available in this build: " + String.join(", ", missing));
        }
        return 0;
    }

    private static void refuseNameClashes(List<Draft> drafts) {
        Map<String, Source> seen = new HashMap<>();
        for (Draft draft : drafts) {
            Source earlier = seen.putIfAbsent(draft.source().baseName(), draft.source());
            if (earlier != null) {
                throw EditionsException.of(draft.source().name(), "its editions would overwrite those of "
                        + earlier.name() + " (both are named '" + draft.source().baseName() + "')");
            }
        }
    }
}
