package dev.editions.model;

/**
 * A reference to one of the document's {@link Note}s (a footnote mark). Editions show it as the
 * note's number, which is its place in {@link Document#notes()}, and link it to the note.
 *
 * @param id the identifier of the note referred to; the document checks that such a note exists
 */
public record NoteReference(String id) implements Inline {
    /** Checks the identifier. */
    public NoteReference {
        id = Check.notBlank(id, "note reference").strip();
    }
}
