package dev.editions.docx.internal;

import dev.editions.model.Metadata;
import dev.editions.text.Furniture;
import dev.editions.text.Outline;
import java.util.ArrayList;
import java.util.List;

/**
 * The front matter: the title and subtitle paragraphs, and a real table-of-contents field whose
 * cached result links every entry to its heading's bookmark, so the contents work before Word
 * updates the field (and in readers that never do).
 */
final class Contents {
    /** The deepest heading level listed in the contents. */
    static final int DEPTH = 3;
    private static final String INSTRUCTION = " TOC \\o \"1-" + DEPTH + "\" \\h \\z \\u ";

    private Contents() {
    }

    /** Writes the front matter into {@code xml}, the body. */
    static void write(WordXml xml, Metadata metadata, Outline outline, Bookmarks bookmarks) {
        Furniture words = Furniture.of(metadata.language());
        plainParagraph(xml, StyleIds.TITLE, metadata.title());
        if (metadata.subtitle() != null) {
            plainParagraph(xml, StyleIds.SUBTITLE, metadata.subtitle());
        }
        List<Entry> entries = new ArrayList<>();
        int shift = BodyWriter.shift(outline);
        for (Outline.Entry entry : outline.entries()) {
            int level = entry.level() - shift;
            if (level <= DEPTH) {
                entries.add(new Entry(level, entry.text(), bookmarks.heading(entry.id())));
            }
        }
        bookmarks.glossary().ifPresent(name -> entries.add(new Entry(1, words.glossary(), name)));
        if (entries.isEmpty()) {
            return;
        }
        plainParagraph(xml, StyleIds.TOC_HEADING, words.contents());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ParagraphFormat.of(StyleIds.contents(entry.level())).open(xml);
            if (i == 0) {
                field(xml, "begin");
                xml.start("w:r").start("w:instrText").attribute("xml:space", "preserve").text(INSTRUCTION)
                        .end("w:instrText").end("w:r");
                field(xml, "separate");
            }
            RunWriter.internalLink(xml, entry.bookmark(), entry.text());
            if (i == entries.size() - 1) {
                field(xml, "end");
            }
            ParagraphFormat.close(xml);
        }
        bookmarks.glossary().ifPresent(name -> {
            ParagraphFormat.of(null).open(xml);
            RunWriter.plain(xml, words.abbreviationsNoteBefore());
            RunWriter.internalLink(xml, name, words.glossaryLink());
            RunWriter.plain(xml, words.abbreviationsNoteAfter());
            ParagraphFormat.close(xml);
        });
    }

    /** A paragraph of {@code style} holding one plain run of {@code text}. */
    static void plainParagraph(WordXml xml, String style, String text) {
        ParagraphFormat.of(style).open(xml);
        RunWriter.plain(xml, text);
        ParagraphFormat.close(xml);
    }

    private static void field(WordXml xml, String type) {
        xml.start("w:r").start("w:fldChar").attribute("w:fldCharType", type).end("w:fldChar").end("w:r");
    }

    private record Entry(int level, String text, String bookmark) {
    }
}
