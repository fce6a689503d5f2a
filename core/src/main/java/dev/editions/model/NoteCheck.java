package dev.editions.model;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The document's check of its notes: identifiers are unique, every reference in the body names a
 * note, no reference sits inside a link's text (a link cannot hold another link), and every note is
 * referred to, so no note is out of the reading order.
 */
final class NoteCheck {
    private NoteCheck() {
    }

    static void check(List<Block> blocks, List<Note> notes) {
        Set<String> ids = new HashSet<>();
        for (Note note : notes) {
            if (!ids.add(note.id())) {
                throw new IllegalArgumentException("two notes have the id " + note.id());
            }
        }
        Set<String> referred = new LinkedHashSet<>();
        Blocks.forEachInline(blocks, inline -> {
            if (inline instanceof NoteReference reference) {
                if (!ids.contains(reference.id())) {
                    throw new IllegalArgumentException("a reference to note " + reference.id()
                            + ", which the document does not have");
                }
                referred.add(reference.id());
            } else if (inline instanceof Link link) {
                Blocks.forEachInline(List.of(new Paragraph(link.content())), inside -> {
                    if (inside instanceof NoteReference) {
                        throw new IllegalArgumentException("a note reference inside the text of a link to "
                                + link.target());
                    }
                });
            }
        });
        for (Note note : notes) {
            if (!referred.contains(note.id())) {
                throw new IllegalArgumentException("note " + note.id() + " is not referred to from the text");
            }
        }
    }
}
