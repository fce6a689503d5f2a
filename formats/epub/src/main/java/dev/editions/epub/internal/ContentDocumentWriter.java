package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Note;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.text.Outline;
import java.util.List;

/**
 * Writes the content documents of one publication in reading order, each with the notes first
 * referred to in it at its end. One instance follows the
 * document from start to end, because abbreviations are spelled out at their first use in the whole
 * publication.
 */
final class ContentDocumentWriter {
    private final Publication publication;
    private final AbbreviationExpansions expansions;
    private final NotePlaces notes;

    ContentDocumentWriter(Publication publication) {
        this.publication = publication;
        Document document = publication.document();
        this.expansions = new AbbreviationExpansions(document.glossary());
        this.notes = new NotePlaces(document, publication.chapters());
    }

    /** The XHTML of {@code chapter}; call for every chapter in reading order. */
    byte[] write(Chapters.Chapter chapter) {
        Document document = publication.document();
        String language = document.metadata().language();
        String title = chapter.headingId().isPresent()
                ? chapter.title() + " – " + document.metadata().title() : document.metadata().title();
        Markup out = Xhtml.begin(chapter.file(), language, title);
        out.open("main").newline();
        out.open("section", "epub:type", "chapter", "role", "doc-chapter",
                "aria-labelledby", chapter.headingId().orElse(null),
                "aria-label", chapter.headingId().isPresent() ? null : chapter.title()).newline();
        PageCursor cursor = new PageCursor(out);
        InlineWriter inlines = new InlineWriter(out, cursor, expansions, publication.links(), language, notes,
                chapter.file(), publication.images());
        BlockWriter blocks = new BlockWriter(out, cursor, inlines, publication.images(),
                publication.chapters().level() - 1);
        Outline outline = publication.outline();
        List<Block> all = document.blocks();
        for (int i = chapter.from(); i < chapter.to(); i++) {
            cursor.startBlock(publication.pages().in(i));
            blocks.write(all.get(i), outline.at(i).map(Outline.Entry::id).orElse(null));
            cursor.endBlock();
            out.newline();
        }
        NoteWriter noteWriter = new NoteWriter(out, inlines, blocks);
        for (Note note : notes.in(chapter.file())) {
            cursor.startBlock(List.of());
            noteWriter.write(note, notes.number(note.id()));
        }
        out.close().newline();
        out.close().newline();
        return out.finish();
    }
}
