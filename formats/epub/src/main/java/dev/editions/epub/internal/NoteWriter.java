package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Note;
import dev.editions.model.Paragraph;
import dev.editions.text.NoteNumbers;
import java.util.List;

/**
 * Writes a note as a footnote: {@code <aside epub:type="footnote" role="doc-footnote">} holding its
 * blocks, its number first, as a back link to the reference ({@code role="doc-backlink"}).
 */
final class NoteWriter {
    private final Markup out;
    private final InlineWriter inlines;
    private final BlockWriter blocks;

    NoteWriter(Markup out, InlineWriter inlines, BlockWriter blocks) {
        this.out = out;
        this.inlines = inlines;
        this.blocks = blocks;
    }

    /** Writes the note numbered {@code number}; its first reference is in the same content document. */
    void write(Note note, int number) {
        out.open("aside", "id", NoteNumbers.noteAnchor(number), "epub:type", "footnote", "role", "doc-footnote",
                "class", "note").newline();
        List<Block> content = note.blocks();
        int rest = 0;
        out.open("p");
        backLink(number);
        if (content.get(0) instanceof Paragraph first) {
            out.text(" ");
            inlines.write(first.content());
            rest = 1;
        }
        out.close().newline();
        for (Block block : content.subList(rest, content.size())) {
            blocks.write(block, null);
            out.newline();
        }
        out.close().newline();
    }

    private void backLink(int number) {
        out.open("a", "href", "#" + NoteNumbers.referenceAnchor(number), "role", "doc-backlink");
        out.text(number + ".");
        out.close();
    }
}
