package dev.editions.cli;

import dev.editions.Diagnostic;
import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.PublishSettings;
import dev.editions.RunSources;
import dev.editions.SafeText;
import dev.editions.Publication;
import dev.editions.check.ConformanceReport;
import dev.editions.model.Document;
import dev.editions.Setting;
import dev.editions.read.Source;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code editions publish}: writes the editions of one or more reports. Its flags are the
 * {@link Setting}s every front end shares.
 */
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

    @Option(names = "--title", paramLabel = "TEXT", description = "Replaces the title found in the source.")
    private String title;

    @Option(names = "--language", paramLabel = "TAG",
            description = "Replaces the language found in the source (a BCP 47 tag such as en-GB).")
    private String language;

    @Option(names = "--author", paramLabel = "NAME", description = "Replaces the authors found (repeat for several).")
    private List<String> authors = new ArrayList<>();

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Replaces the publishers found (repeat for several).")
    private List<String> publishers = new ArrayList<>();

    @Option(names = "--page-size", paramLabel = "SIZE",
            description = "Paper size of paged editions (option page.size): A4 or LETTER (default: A4).")
    private String pageSize;

    @Option(names = "--margin", paramLabel = "MM",
            description = "Page margin in millimetres, 5 to 60 (option page.margin; default: 25).")
    private String margin;

    @Option(names = "--justify", arity = "0", fallbackValue = "true",
            description = "Justify body text in the PDF edition (option pdf.justify; default: ragged right).")
    private String justify;

    @Option(names = "--certified-by", paramLabel = "NAME",
            description = "Who vouches for the accessibility claims (option epub.certified-by;"
                    + " default: the first publisher).")
    private String certifiedBy;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "Sets a writer option, e.g. --option pdf.justify=true (repeat for several).")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--keep-duplicates", description = "Keep repeated paragraphs (skips the dedupe stage).")
    private boolean keepDuplicates;

    @Option(names = "--strict", description = "Treat warnings about the content as errors: publish nothing.")
    private boolean strict;

    @Option(names = "--all-or-nothing",
            description = "Write none of a report's editions when one of them fails (default: write the others).")
    private boolean allOrNothing;

    @Option(names = "--verify", description = "Check the editions written with every validator available and "
            + "write conformance.json and conformance.html beside them; exit 1 if any check fails.")
    private boolean verify;

    @Option(names = "--max-image-pixels", paramLabel = "N",
            description = "Refuse pictures of more than N pixels, from their header (default: 100000000).")
    private Long maxImagePixels;

    @Option(names = "--verbose", description = "Print the normaliser's changes, and stack traces on failure.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublishSettings settings = new PublishSettings().formats(formats).title(title).language(language)
                .authors(authors).publishers(publishers).disableStages(NormaliseOptions.skipped(spec))
                .keepDuplicates(keepDuplicates).strict(strict).allOrNothing(allOrNothing).maxImagePixels(maxImagePixels)
                .option(Setting.PAGE_SIZE, pageSize).option(Setting.MARGIN, margin)
                .option(Setting.JUSTIFY, justify).option(Setting.CERTIFIED_BY, certifiedBy).options(options);
        if (verify) {
            VerifiedClaim.claim(settings, options);
        }
        Editions editions;
        try {
            editions = settings.configure(Editions.create());
        } catch (EditionsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> wanted = settings.formats(editions);
        editions.writers().inRunOrder(wanted);
        List<Draft> drafts = new ArrayList<>();
        boolean failed = false;
        if (sources.isEmpty()) {
            drafts.add(editions.open(BundledSample.source()));
        } else {
            for (Path source : sources) {
                try {
                    drafts.add(editions.open(source));
                } catch (EditionsException e) {
                    reportOrThrow(e, err);
                    failed = true;
                }
            }
        }
        refuseNameClashes(drafts);
        RunSources run = RunSources.of(sources);
        for (Draft draft : drafts) {
            run.refuseAsTargets(draft.targets(output, wanted.toArray(String[]::new)));
        }
        List<Path> written = new ArrayList<>();
        Map<Path, Source> published = new HashMap<>();
        Map<Path, Document> models = new HashMap<>();
        for (Draft draft : drafts) {
            Draft normalised;
            try {
                normalised = prepare(draft, settings);
            } catch (EditionsException e) {
                reportOrThrow(e, err);
                failed = true;
                continue;
            }
            if (verbose) {
                normalised.reports().forEach(report -> report.changes()
                        .forEach(change -> out.println("  " + report.stage() + ": " + change)));
            }
            if (normalised.dedupeSummary().removedAny()) {
                err.println(SafeText.escape(normalised.dedupeSummary().line()));
            }
            if (wanted.isEmpty()) {
                normalised.diagnostics().forEach(d -> err.println(d.format()));
                continue;
            }
            Publication publication;
            try {
                publication = normalised.publish(output, wanted.toArray(String[]::new));
            } catch (EditionsException e) {
                reportOrThrow(e, err);
                failed = true;
                continue;
            }
            for (Diagnostic diagnostic : publication.diagnostics()) {
                err.println(diagnostic.format());
            }
            for (Publication.Edition edition : publication.editions()) {
                out.printf("Wrote %s (%,d bytes)%n", SafeText.escape(edition.path().toString()), edition.bytes());
                written.add(edition.path());
                published.put(edition.path(), draft.source());
                models.put(edition.path(), normalised.document());
            }
            for (Publication.Failure failure : publication.failures()) {
                err.println("editions: " + failure.message());
                failed = true;
            }
        }
        err.flush();
        if (verify && !written.isEmpty()) {
            ConformanceReport report = new VerifiedClaim(settings, wanted, output, err, published,
                    this::prepare).verify(editions, written, models);
            failed |= !ConformanceOutput.report(report, output, out, err);
        }
        List<String> missing = ALL_FORMATS.stream().filter(f -> !editions.formats().contains(f)).toList();
        if (formats.isEmpty() && !missing.isEmpty()) {
            out.println("Not available in this build: " + String.join(", ", missing));
        }
        out.flush();
        return failed ? Main.BAD_INPUT : 0;
    }

    /** The draft normalised, with the metadata given on the command line. */
    private Draft prepare(Draft draft, PublishSettings settings) {
        return settings.applyTo(draft.normalise());
    }

    /**
     * Throws {@code e} when the run has one source, so it ends the run as any error does; with several
     * sources, prints it as one line so the other sources are still published.
     */
    private void reportOrThrow(EditionsException e, PrintWriter err) {
        if (sources.size() <= 1) {
            throw e;
        }
        err.println("editions: " + e.getMessage());
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
