package dev.editions.markdown.internal;

import dev.editions.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a note as a footnote definition: {@code [^1]:} and the note's first line, then its further
 * lines indented by four spaces, which the footnote takes as its own blocks.
 */
final class NoteWriter {
    /** The indent of a footnote's continuation lines. */
    private static final String INDENT = "    ";

    private NoteWriter() {
    }

    /** The lines of {@code note}, whose id is its number. */
    static List<String> note(Note note) {
        List<String> blocks = BlockWriter.blocks(note.blocks());
        List<String> lines = new ArrayList<>(blocks.size());
        lines.add("[^" + note.id() + "]: " + blocks.get(0));
        for (String line : blocks.subList(1, blocks.size())) {
            lines.add(line.isEmpty() ? "" : INDENT + line);
        }
        return lines;
    }
}
