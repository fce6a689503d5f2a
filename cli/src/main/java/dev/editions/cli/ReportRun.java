package dev.editions.cli;

import dev.editions.Diagnostic;
import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.PublishSettings;
import dev.editions.Publication;
import dev.editions.SafeText;
import dev.editions.UpToDate;
import dev.editions.model.Document;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Publishes one report of a {@code publish} run and keeps what it has to say, so that reports
 * published side by side print their lines whole and in the order given. A report found in a folder
 * is skipped when its editions are up to date ({@link UpToDate}).
 */
final class ReportRun {
    private final Editions editions;
    private final PublishSettings settings;
    private final List<String> formats;
    private final UpToDateRules upToDate;
    private final BiFunction<Draft, PublishSettings, Draft> prepare;
    private final boolean verbose;

    /** The up-to-date rule of each output folder, with the configuration of the run. */
    interface UpToDateRules {
        /** The rule for editions written into {@code folder}. */
        UpToDate in(Path folder);
    }

    ReportRun(Editions editions, PublishSettings settings, List<String> formats, UpToDateRules upToDate,
            BiFunction<Draft, PublishSettings, Draft> prepare, boolean verbose) {
        this.editions = editions;
        this.settings = settings;
        this.formats = formats;
        this.upToDate = upToDate;
        this.prepare = prepare;
        this.verbose = verbose;
    }

    /**
     * What publishing one report gave.
     *
     * @param out the lines for standard output
     * @param err the lines for standard error
     * @param outcome published, failed or skipped as up to date
     * @param editions the editions written
     * @param source the report as read, when it could be
     * @param document the normalised document, when there is one
     */
    record Result(List<String> out, List<String> err, BatchProgress.Outcome outcome,
            List<Publication.Edition> editions, Source source, Document document) {
    }

    /**
     * Publishes {@code report}. When {@code alone} (the run's only report) a refusal is thrown, as for
     * any single command; otherwise it becomes the report's error line.
     */
    Result publish(SourceTree.Report report, boolean alone) {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        Source source = null;
        try {
            if (report.found()) {
                UpToDate rule = upToDate.in(report.output());
                if (rule.isCurrent(report.file(), rule.targets(report.file(), editions.writers(), formats))) {
                    return new Result(out, err, BatchProgress.Outcome.CURRENT, List.of(), null, null);
                }
            }
            Draft draft = report.file() == null ? editions.open(BundledSample.source()) : editions.open(report.file());
            source = draft.source();
            Draft normalised = prepare.apply(draft, settings);
            draft = null; // the model as read is not needed while the editions are written
            if (verbose) {
                normalised.reports().forEach(stage -> stage.changes()
                        .forEach(change -> out.add("  " + stage.stage() + ": " + change)));
            }
            if (normalised.dedupeSummary().removedAny()) {
                err.add(SafeText.escape(normalised.dedupeSummary().line()));
            }
            if (formats.isEmpty()) {
                normalised.diagnostics().forEach(d -> err.add(d.format()));
                return new Result(out, err, BatchProgress.Outcome.PUBLISHED, List.of(), source, normalised.document());
            }
            Publication publication = normalised.publish(report.output(), formats.toArray(String[]::new));
            for (String note : publication.notes()) {
                err.add("editions: " + SafeText.escape(source.name()) + ": " + note);
            }
            for (Diagnostic diagnostic : publication.diagnostics()) {
                err.add(diagnostic.format());
            }
            for (Publication.Edition edition : publication.editions()) {
                out.add(String.format("Wrote %s (%,d bytes)", SafeText.escape(edition.path().toString()),
                        edition.bytes()));
            }
            for (Publication.Failure failure : publication.failures()) {
                err.add("editions: " + failure.message());
            }
            if (report.found() && publication.failures().isEmpty()) {
                recordQuietly(report);
            }
            return new Result(out, err, publication.failures().isEmpty() ? BatchProgress.Outcome.PUBLISHED
                    : BatchProgress.Outcome.FAILED, publication.editions(), source, normalised.document());
        } catch (EditionsException e) {
            if (alone) {
                throw e;
            }
            err.add("editions: " + e.getMessage());
            return new Result(out, err, BatchProgress.Outcome.FAILED, List.of(), source, null);
        }
    }

    private void recordQuietly(SourceTree.Report report) {
        try {
            upToDate.in(report.output()).record(report.file());
        } catch (IOException e) {
            // Only means the report is published again next time.
        }
    }
}
