package dev.editions.model;

import java.util.List;
import java.util.Objects;

/**
 * A report: its metadata, its blocks in reading order, the abbreviations it defines, what the
 * normaliser removed from it, and its notes.
 *
 * <p>Notes are held apart from the blocks, in the order they are numbered (1, 2, …), and are read
 * after the body: every note is referred to by a {@link NoteReference} in the blocks, and every
 * reference names a note. Writers place a note where their format puts notes (a DOCX footnote,
 * notes after the text elsewhere) and link each reference to it.
 *
 * @param metadata the catalogue record
 * @param blocks the content in reading order
 * @param glossary the abbreviations and their expansions
 * @param removals the blocks the normaliser dropped, for review; empty for a source as read
 * @param notes the notes the blocks refer to, in the order of their numbers
 */
public record Document(Metadata metadata, List<Block> blocks, Glossary glossary, List<Removal> removals,
        List<Note> notes) {
    /** Checks and copies the parts. */
    public Document {
        Objects.requireNonNull(metadata, "metadata must not be null");
        blocks = Check.list(blocks, "blocks");
        Objects.requireNonNull(glossary, "glossary must not be null");
        removals = Check.list(removals, "removals");
        notes = Check.list(notes, "notes");
        NoteCheck.check(blocks, notes);
    }

    /** A document without notes. */
    public Document(Metadata metadata, List<Block> blocks, Glossary glossary, List<Removal> removals) {
        this(metadata, blocks, glossary, removals, List.of());
    }

    /** A document with no glossary and no removals. */
    public static Document of(Metadata metadata, List<Block> blocks) {
        return new Document(metadata, blocks, Glossary.EMPTY, List.of());
    }

    /** A copy with other metadata. */
    public Document withMetadata(Metadata newMetadata) {
        return new Document(newMetadata, blocks, glossary, removals, notes);
    }

    /** A copy with other blocks. */
    public Document withBlocks(List<Block> newBlocks) {
        return new Document(metadata, newBlocks, glossary, removals, notes);
    }

    /** A copy with another glossary. */
    public Document withGlossary(Glossary newGlossary) {
        return new Document(metadata, blocks, newGlossary, removals, notes);
    }

    /** A copy with other removals. */
    public Document withRemovals(List<Removal> newRemovals) {
        return new Document(metadata, blocks, glossary, newRemovals, notes);
    }

    /** A copy with other notes. */
    public Document withNotes(List<Note> newNotes) {
        return new Document(metadata, blocks, glossary, removals, newNotes);
    }

    /** A copy with other blocks and notes, which must agree with each other. */
    public Document withContent(List<Block> newBlocks, List<Note> newNotes) {
        return new Document(metadata, newBlocks, glossary, removals, newNotes);
    }
}
