package dev.editions.cli;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.PublishSettings;
import dev.editions.RunSources;
import dev.editions.SourceInputs;
import dev.editions.UpToDate;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--font-dir", paramLabel = "DIR",
            description = "A folder with fonts for characters the PDF edition's own fonts lack, searched before"
                    + " the system's font folders (option pdf.font-dirs; repeat for several).")
    private List<String> fontDirectories = new ArrayList<>();

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

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads: reports published side by side when there are several, else the report's editions"
                    + " written side by side (default: the number of processors).")
    private Integer threads;

    @Option(names = "--verbose", description = "Print the normaliser's changes, and stack traces on failure.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.toString().isEmpty()) {
            // Checked first: an empty name would otherwise be the current folder, and a source there
            // would be reported as about to be overwritten.
            throw EditionsException.of("''", "the output folder name (-o) is empty; give a folder such as"
                    + " 'editions-out'");
        }
        PublishSettings settings = new PublishSettings().formats(formats).title(title).language(language)
                .authors(authors).publishers(publishers).disableStages(NormaliseOptions.skipped(spec))
                .keepDuplicates(keepDuplicates).strict(strict).allOrNothing(allOrNothing).maxImagePixels(maxImagePixels)
                .option(Setting.PAGE_SIZE, pageSize).option(Setting.MARGIN, margin)
                .option(Setting.JUSTIFY, justify).option(Setting.CERTIFIED_BY, certifiedBy)
                .option(Setting.FONT_DIRECTORIES, fontDirectories.isEmpty() ? null
                        : String.join(java.io.File.pathSeparator, fontDirectories))
                .options(options);
        if (verify) {
            VerifiedClaim.claim(settings, options);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        Editions editions;
        try {
            editions = settings.configure(Editions.create());
        } catch (EditionsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> wanted = settings.formats(editions);
        editions.writers().inRunOrder(wanted);
        List<SourceTree.Report> reports = sources.isEmpty()
                ? List.of(new SourceTree.Report(null, output, false)) : SourceTree.of(sources, output);
        if (reports.size() > 1) {
            editions = editions.threads(1);
        } else if (threads != null) {
            editions = editions.threads(threads);
        }
        refuseClashes(reports, editions, wanted);
        String fingerprint = settings.fingerprint() + " " + VersionProvider.build();
        SourceInputs inputs = new SourceInputs();
        ReportRun run = new ReportRun(editions, settings, wanted, folder -> new UpToDate(folder, fingerprint, inputs),
                this::prepare, verbose);
        BatchProgress progress = new BatchProgress(err, reports.size() > 1 && System.console() != null,
                reports.size());
        List<ReportRun.Result> results = publishAll(run, reports, progress, out, err);
        boolean failed = results.stream().anyMatch(result -> result.outcome() == BatchProgress.Outcome.FAILED);
        List<Path> written = new ArrayList<>();
        Map<Path, Source> published = new HashMap<>();
        Map<Path, Document> models = new HashMap<>();
        for (ReportRun.Result result : results) {
            for (Publication.Edition edition : result.editions()) {
                written.add(edition.path());
                published.put(edition.path(), result.source());
                models.put(edition.path(), result.document());
            }
        }
        if (reports.size() > 1) {
            out.println(progress.summary());
        }
        err.flush();
        if (verify && !written.isEmpty()) {
            ConformanceReport report = new VerifiedClaim(settings, wanted, output, err, published,
                    this::prepare).verify(editions, written, models);
            failed |= !ConformanceOutput.report(report, output, out, err);
        }
        List<String> available = editions.formats();
        List<String> missing = ALL_FORMATS.stream().filter(f -> !available.contains(f)).toList();
        if (formats.isEmpty() && !missing.isEmpty()) {
            out.println("Not available in this build: " + String.join(", ", missing));
        }
        out.flush();
        return failed ? Main.BAD_INPUT : 0;
    }

    /**
     * Publishes every report, side by side on {@code --threads} threads, and prints each report's lines
     * whole, in the order the reports were given.
     */
    private List<ReportRun.Result> publishAll(ReportRun run, List<SourceTree.Report> reports, BatchProgress progress,
            PrintWriter out, PrintWriter err) {
        boolean alone = reports.size() == 1;
        int workers = Math.max(1, Math.min(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                reports.size()));
        List<ReportRun.Result> results = new ArrayList<>();
        if (workers == 1) {
            for (SourceTree.Report report : reports) {
                ReportRun.Result result = run.publish(report, alone);
                progress.finished(result.outcome());
                print(result, progress, out, err);
                results.add(result);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<ReportRun.Result>> pending = new ArrayList<>();
            for (SourceTree.Report report : reports) {
                pending.add(pool.submit(() -> {
                    ReportRun.Result result = run.publish(report, false);
                    progress.finished(result.outcome());
                    return result;
                }));
            }
            for (Future<ReportRun.Result> future : pending) {
                ReportRun.Result result = future.get();
                print(result, progress, out, err);
                results.add(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EditionsException.of("publish", "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void print(ReportRun.Result result, BatchProgress progress, PrintWriter out, PrintWriter err) {
        if (result.out().isEmpty() && result.err().isEmpty()) {
            return;
        }
        progress.clear();
        result.out().forEach(out::println);
        out.flush();
        result.err().forEach(err::println);
        err.flush();
    }

    /** The draft normalised, with the metadata given on the command line. */
    private Draft prepare(Draft draft, PublishSettings settings) {
        return settings.applyTo(draft.normalise());
    }

    /**
     * Refuses, before anything is written, two reports whose editions would be the same files, and any
     * edition that would overwrite a report of the run.
     */
    private void refuseClashes(List<SourceTree.Report> reports, Editions editions, List<String> wanted) {
        Map<Path, Path> seen = new HashMap<>();
        List<Path> files = reports.stream().map(SourceTree.Report::file).filter(java.util.Objects::nonNull).toList();
        RunSources run = RunSources.of(files);
        for (SourceTree.Report report : reports) {
            if (report.file() == null) {
                continue;
            }
            List<Path> targets = new UpToDate(report.output(), "").targets(report.file(), editions.writers(), wanted);
            run.refuseAsTargets(targets);
            for (Path target : targets) {
                Path earlier = seen.putIfAbsent(target.toAbsolutePath().normalize(), report.file());
                if (earlier != null && !earlier.equals(report.file())) {
                    throw EditionsException.of(report.file().toString(), "its editions would overwrite those of "
                            + earlier + " (both are named '" + Source.baseNameOf(report.file().getFileName().toString())
                            + "')");
                }
            }
        }
    }
}
