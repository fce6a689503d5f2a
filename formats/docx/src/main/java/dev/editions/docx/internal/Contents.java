package dev.editions.docx.internal;

import dev.editions.model.Metadata;
import dev.editions.text.Furniture;
import dev.editions.text.Outline;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

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

    static void write(XWPFDocument doc, Metadata metadata, Outline outline, Bookmarks bookmarks, RunWriter runs) {
        Furniture words = Furniture.of(metadata.language());
        RunWriter.plain(Paragraphs.add(doc, StyleIds.TITLE), metadata.title());
        if (metadata.subtitle() != null) {
            RunWriter.plain(Paragraphs.add(doc, StyleIds.SUBTITLE), metadata.subtitle());
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
        RunWriter.plain(Paragraphs.add(doc, StyleIds.TOC_HEADING), words.contents());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            CTP p = Paragraphs.add(doc, StyleIds.contents(entry.level()));
            if (i == 0) {
                field(p, STFldCharType.BEGIN);
                CTR instruction = p.addNewR();
                instruction.addNewInstrText().setStringValue(INSTRUCTION);
                instruction.getInstrTextArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
                field(p, STFldCharType.SEPARATE);
            }
            RunWriter.internalLink(p, entry.bookmark(), entry.text());
            if (i == entries.size() - 1) {
                field(p, STFldCharType.END);
            }
        }
        bookmarks.glossary().ifPresent(name -> {
            CTP note = Paragraphs.add(doc, null);
            RunWriter.plain(note, words.abbreviationsNoteBefore());
            RunWriter.internalLink(note, name, words.glossaryLink());
            RunWriter.plain(note, words.abbreviationsNoteAfter());
        });
    }

    private static void field(CTP p, STFldCharType.Enum type) {
        p.addNewR().addNewFldChar().setFldCharType(type);
    }

    private record Entry(int level, String text, String bookmark) {
    }
}
