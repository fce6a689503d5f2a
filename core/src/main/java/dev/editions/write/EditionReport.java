package dev.editions.write;

import java.util.List;
import java.util.Optional;

/**
 * What a writer reports about the edition it wrote.
 *
 * @param pages where each page of a paginated edition starts, or empty for a reflowable one
 */
public record EditionReport(Optional<PageMap> pages) {
    /** The report of an edition without pages. */
    public static final EditionReport NONE = new EditionReport(Optional.empty());

    /** Checks the fields. */
    public EditionReport {
        java.util.Objects.requireNonNull(pages, "pages");
    }

    /** The report of a paginated edition. */
    public static EditionReport paginated(PageMap pages) {
        return new EditionReport(Optional.of(pages));
    }

    /** The page starts, empty when the edition has no pages. */
    public List<PageMap.PageStart> pageStarts() {
        return pages.map(PageMap::starts).orElse(List.of());
    }
}
