package dev.editions.pdf.internal;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.Link;
import dev.editions.model.Note;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.text.NoteNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the notes after the text (when asked to; by default each goes to the foot of a page), under a heading "Notes" (in the report's language where known): each note a {@code Note} structure
 * element with a unique {@code /ID} ({@code fn-N}), a named destination the references link to, and
 * its number first, as a link back to its first reference ({@code fnref-N}).
 */
final class NoteLayout {
    /** The heading above the notes, by the primary language of the report; English otherwise. */
    private static final Map<String, String> HEADINGS = Map.of("en", "Notes", "fr", "Notes", "de", "Anmerkungen",
            "es", "Notas", "pt", "Notas", "it", "Note", "nl", "Noten", "ru", "Примечания");
    /** The smaller type of notes at the foot of a page. */
    static final TextStyle FOOT = new TextStyle(false, false, 8.5f, 11.5f, Typography.TEXT);
    /** The destination of the heading above the notes. */
    static final String HEADING_ID = "fn-notes";

    private final BlockLayout blocks;
    private final PageLayout pages;

    NoteLayout(BlockLayout blocks, PageLayout pages) {
        this.blocks = blocks;
        this.pages = pages;
    }

    /** The heading above the notes of a report in {@code language} (a BCP 47 tag). */
    static String heading(String language) {
        String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return HEADINGS.getOrDefault(primary, HEADINGS.get("en"));
    }

    /** Lays out {@code document}'s notes under a heading of the structure level {@code level}. */
    void layout(Document document, Tag root, int level) {
        blocks.extraHeading(heading(document.metadata().language()), HEADING_ID, level, root);
        NoteNumbers numbers = NoteNumbers.of(document);
        for (Note note : document.notes()) {
            int number = numbers.number(note.id());
            String anchor = NoteNumbers.noteAnchor(number);
            Tag tag = root.child("Note").id(anchor);
            pages.ensure(Typography.BODY.leading() * 2);
            pages.add(new PageItem.Anchor(anchor, pages.left(), pages.y()));
            List<Block> content = numbered(note, number);
            for (int i = 0; i < content.size(); i++) {
                blocks.noteBlock(content.get(i), tag, i > 0);
            }
        }
    }

    /**
     * The blocks of {@code note} as printed: its number first, a link back to its first reference,
     * in its first paragraph or in a paragraph of its own.
     */
    static List<Block> numbered(Note note, int number) {
        List<Block> content = note.blocks();
        List<Inline> first = new ArrayList<>();
        first.add(new Link("#" + NoteNumbers.referenceAnchor(number), null, List.of(new Text(number + "."))));
        int rest = 0;
        if (content.get(0) instanceof Paragraph paragraph) {
            first.add(new Text(" "));
            first.addAll(paragraph.content());
            rest = 1;
        }
        List<Block> numbered = new ArrayList<>();
        numbered.add(new Paragraph(first));
        numbered.addAll(content.subList(rest, content.size()));
        return numbered;
    }
}
