package dev.editions.cli;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.PublishSettings;
import dev.editions.SafeText;
import dev.editions.check.ConformanceReport;
import dev.editions.check.EditionConformance;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The honest claim of {@code publish --verify}: every EPUB is written claiming EPUB Accessibility 1.1
 * conformance, the editions are checked, and an EPUB that fails a check is written again without the
 * claim (with the paginated editions it takes its page list from, written again identically) and
 * checked again, so the final report describes the files as they are.
 */
final class VerifiedClaim {
    /** The EPUB writer's option that makes the claim. */
    static final String CLAIM = "epub.conformance-claim";

    private final PublishSettings settings;
    private final List<String> wanted;
    private final Path output;
    private final PrintWriter err;
    private final Map<Path, Source> published;
    private final BiFunction<Draft, PublishSettings, Draft> prepare;

    VerifiedClaim(PublishSettings settings, List<String> wanted, Path output, PrintWriter err,
            Map<Path, Source> published, BiFunction<Draft, PublishSettings, Draft> prepare) {
        this.settings = settings;
        this.wanted = wanted;
        this.output = output;
        this.err = err;
        this.published = published;
        this.prepare = prepare;
    }

    /**
     * Sets the claim (unless the user set the option) and pins the run's time, so editions written
     * again are the same bytes.
     */
    static void claim(PublishSettings settings, Map<String, String> userOptions) {
        if (userOptions == null || !userOptions.containsKey(CLAIM)) {
            settings.option(CLAIM, "true");
        }
        settings.timestamp(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Checks {@code written}, each against the document it was written from; withdraws the claim from
     * each EPUB that fails; returns the final report.
     */
    ConformanceReport verify(Editions editions, List<Path> written, Map<Path, Document> models) {
        ConformanceReport report = editions.verifyEditions(written, models);
        List<Path> failedEpubs = report.editions().stream()
                .filter(edition -> edition.failed() && edition.format().equals("epub"))
                .map(EditionConformance::file).map(Path::of).toList();
        if (failedEpubs.isEmpty()) {
            return report;
        }
        Editions unclaimed = settings.option(CLAIM, "false").configure(Editions.create());
        String[] formats = wanted.stream().filter(format -> format.equals("epub") || paginates(unclaimed, format))
                .toArray(String[]::new);
        for (Path epub : failedEpubs) {
            Source source = published.get(epub);
            if (source != null) {
                Path folder = epub.getParent() == null ? output : epub.getParent();
                prepare.apply(unclaimed.open(source), settings).publish(folder, formats);
                err.println("editions: " + SafeText.escape(epub.toString()) + ": failed a check, so it was written "
                        + "again without claiming EPUB Accessibility 1.1 conformance");
            }
        }
        return editions.verifyEditions(written, models);
    }

    private static boolean paginates(Editions editions, String format) {
        EditionWriter writer = editions.writers().writer(format);
        return writer.descriptor().paginates();
    }
}
