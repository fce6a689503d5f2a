package dev.editions.normalise;

import dev.editions.model.Document;
import java.util.List;

/**
 * What a stage produced: the new document and one line per change, for the user to review.
 *
 * @param document the document after the stage
 * @param changes what the stage changed, e.g. {@code joined hard wrap after "Russia’s"}
 */
public record StageResult(Document document, List<String> changes) {
    /** Checks and copies the fields. */
    public StageResult {
        java.util.Objects.requireNonNull(document, "document");
        changes = List.copyOf(changes);
    }

    /** The result of a stage that changed nothing. */
    public static StageResult unchanged(Document document) {
        return new StageResult(document, List.of());
    }
}
