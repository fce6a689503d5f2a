package dev.editions.model;

import java.util.List;
import java.util.Objects;

/**
 * A report: its metadata, its blocks in reading order, the abbreviations it defines, and what the
 * normaliser removed from it.
 *
 * @param metadata the catalogue record
 * @param blocks the content in reading order
 * @param glossary the abbreviations and their expansions
 * @param removals the blocks the normaliser dropped, for review; empty for a source as read
 */
public record Document(Metadata metadata, List<Block> blocks, Glossary glossary, List<Removal> removals) {
    /** Checks and copies the parts. */
    public Document {
        Objects.requireNonNull(metadata, "metadata must not be null");
        blocks = Check.list(blocks, "blocks");
        Objects.requireNonNull(glossary, "glossary must not be null");
        removals = Check.list(removals, "removals");
    }

    /** A document with no glossary and no removals. */
    public static Document of(Metadata metadata, List<Block> blocks) {
        return new Document(metadata, blocks, Glossary.EMPTY, List.of());
    }

    /** A copy with other metadata. */
    public Document withMetadata(Metadata newMetadata) {
        return new Document(newMetadata, blocks, glossary, removals);
    }

    /** A copy with other blocks. */
    public Document withBlocks(List<Block> newBlocks) {
        return new Document(metadata, newBlocks, glossary, removals);
    }

    /** A copy with another glossary. */
    public Document withGlossary(Glossary newGlossary) {
        return new Document(metadata, blocks, newGlossary, removals);
    }

    /** A copy with other removals. */
    public Document withRemovals(List<Removal> newRemovals) {
        return new Document(metadata, blocks, glossary, newRemovals);
    }
}
