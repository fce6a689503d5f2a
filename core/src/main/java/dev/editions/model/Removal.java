package dev.editions.model;

/**
 * A block the normaliser dropped, kept on record so users can review every removal.
 *
 * @param stage the name of the normaliser stage that removed it, e.g. {@code dedupe}
 * @param text the plain text of the removed block
 * @param keptIndex the index, in the final document's blocks, of the block kept in its place, or -1
 * @param similarity how similar the removed block was to the kept one, 0 to 1 (1 for exact copies)
 * @param reason a short explanation, e.g. {@code near-duplicate (containment 0.85)}
 */
public record Removal(String stage, String text, int keptIndex, double similarity, String reason) {
    /** Checks the fields. */
    public Removal {
        stage = Check.notBlank(stage, "removal stage");
        java.util.Objects.requireNonNull(text, "removed text must not be null");
        if (keptIndex < -1) {
            throw new IllegalArgumentException("kept index must be -1 or more, was " + keptIndex);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be between 0 and 1, was " + similarity);
        }
        reason = reason == null ? "" : reason;
    }
}
