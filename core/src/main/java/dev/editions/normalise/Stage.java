package dev.editions.normalise;

import dev.editions.model.Document;
import dev.editions.read.SourceKind;

/**
 * One step of normalisation. Implementations are stateless and thread-safe; a stage never fails on
 * odd text, it leaves what it does not understand alone.
 */
public interface Stage {
    /** The stage's name, used to switch it off ({@code --no-NAME} on the command line), e.g. {@code dedupe}. */
    String name();

    /** Whether the stage applies to documents read from {@code kind} of source; all kinds by default. */
    default boolean appliesTo(SourceKind kind) {
        return true;
    }

    /** Applies the stage, returning the new document and a description of each change made. */
    StageResult apply(Document document);

    /**
     * Applies the stage to a document read from {@code kind} of source. The normaliser calls this
     * form; a stage whose rules differ by source overrides it. By default it is {@link #apply(Document)}.
     */
    default StageResult apply(Document document, SourceKind kind) {
        return apply(document);
    }
}
