package dev.editions.model;

import java.util.List;

/**
 * A note of the report (a footnote of the source): the blocks a {@link NoteReference} in the text
 * points to. A note holds paragraphs, lists, quotes, tables, figures and code, but no heading (it is
 * no section of the report) and no reference to another note.
 *
 * @param id the identifier references name, unique in the document
 * @param blocks the note's content, never empty
 */
public record Note(String id, List<Block> blocks) {
    /** Checks the identifier and the content. */
    public Note {
        id = Check.notBlank(id, "note id").strip();
        blocks = Check.nonEmptyList(blocks, "note content");
        String where = "note " + id;
        Blocks.forEachBlock(blocks, block -> {
            if (block instanceof Heading) {
                throw new IllegalArgumentException(where + " holds a heading; a note holds no headings");
            }
        });
        Blocks.forEachInline(blocks, inline -> {
            if (inline instanceof NoteReference reference) {
                throw new IllegalArgumentException(where + " refers to note " + reference.id()
                        + "; a note refers to no other note");
            }
        });
    }

    /** A note of one paragraph of plain text. */
    public static Note of(String id, String text) {
        return new Note(id, List.of(Paragraph.of(text)));
    }
}
