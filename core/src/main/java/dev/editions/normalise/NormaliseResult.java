package dev.editions.normalise;

import dev.editions.model.Document;
import java.util.List;

/**
 * The normalised document and what each stage changed, in stage order.
 *
 * @param document the normalised document
 * @param reports one report per stage that ran
 */
public record NormaliseResult(Document document, List<StageReport> reports) {
    /** Copies the reports. */
    public NormaliseResult {
        java.util.Objects.requireNonNull(document, "document");
        reports = List.copyOf(reports);
    }

    /**
     * The number of repeated paragraphs the {@code dedupe} stage removed (as recorded in the
     * document's removals); see {@link DedupeSummary} for the line that reports it.
     */
    public int removedRepeats() {
        return DedupeSummary.removedRepeats(document);
    }
}
