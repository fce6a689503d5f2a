package dev.editions.check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of checking a set of editions: a value a publishing system can store beside the
 * files, and write as {@code conformance.json} and {@code conformance.html}.
 *
 * @param generator the name and version of the software that checked, e.g. {@code Editions 1.0.0}
 * @param checkedAt when the check ran ({@code SOURCE_DATE_EPOCH} pins it)
 * @param editions one entry per file, sorted by file name
 */
public record ConformanceReport(String generator, Instant checkedAt, List<EditionConformance> editions) {
    /** Checks the fields and copies the editions. */
    public ConformanceReport {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(checkedAt, "checkedAt");
        editions = List.copyOf(editions);
    }

    /** Whether any edition failed any check. */
    public boolean failed() {
        return editions.stream().anyMatch(EditionConformance::failed);
    }

    /** Every finding as {@code file: checker profile: finding}, in report order. */
    public List<String> failures() {
        return editions.stream().flatMap(edition -> edition.results().stream()
                .flatMap(result -> result.findings().stream().map(finding -> edition.file() + ": "
                        + result.checker() + ("rules".equals(result.profile()) ? "" : " " + result.profile())
                        + ": " + finding)))
                .toList();
    }

    /** The edition entry for {@code file}, if checked. */
    public Stream<EditionConformance> edition(String file) {
        return editions.stream().filter(edition -> edition.file().equals(file));
    }
}
