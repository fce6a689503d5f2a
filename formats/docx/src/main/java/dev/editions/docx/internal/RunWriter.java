package dev.editions.docx.internal;

import dev.editions.model.Inline;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.text.TextMark;
import dev.editions.text.TextRun;
import dev.editions.text.TextRuns;
import dev.editions.text.WritingDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Writes inline content as runs of a paragraph: bold, italic, struck, raised, lowered and code runs
 * (keys in the code style too), hyperlinks (external
 * ones through a relationship, links to headings through their bookmark), language tags on runs in
 * another language, abbreviations spelled out at their first use, note references as footnotes, and
 * pictures in the line as inline drawings described by their alt text. A run holding right-to-left
 * text (Hebrew, Arabic) is marked {@code w:rtl}, with its bold and italic also set for complex
 * scripts ({@code w:bCs}, {@code w:iCs}), which Word uses for such text.
 */
final class RunWriter {
    private final POIXMLDocumentPart part;
    private final WordXml xml;
    private final Bookmarks bookmarks;
    private final AbbreviationExpansions expansions;
    private final String language;
    private final FootnoteWriter footnotes;
    private final FigureWriter pictures;
    private final Map<String, String> relationships = new HashMap<>();

    /**
     * A writer of runs into {@code xml}, the content of {@code part} (the document or its footnotes,
     * which hold their own link relationships); note references become footnotes through {@code
     * footnotes}, or null where there are none; pictures in the line are drawn by {@code pictures}
     * when {@code part} is the document, else their alt text stands in their place.
     */
    RunWriter(POIXMLDocumentPart part, WordXml xml, Bookmarks bookmarks, AbbreviationExpansions expansions,
            String language, FootnoteWriter footnotes, FigureWriter pictures) {
        this.part = part;
        this.xml = xml;
        this.pictures = part instanceof XWPFDocument ? pictures : null;
        this.bookmarks = bookmarks;
        this.expansions = expansions;
        this.language = language;
        this.footnotes = footnotes;
    }

    /** The content this writer writes into. */
    WordXml xml() {
        return xml;
    }

    /** Appends {@code inlines} to the open paragraph. */
    void write(List<Inline> inlines) {
        boolean linkOpen = false;
        int linkIndex = -1;
        for (TextRun run : TextRuns.of(inlines)) {
            if (run.isNoteReference()) {
                if (footnotes == null) {
                    throw new IllegalStateException("a note reference where no footnote can be made");
                }
                linkOpen = closeLink(linkOpen);
                linkIndex = -1;
                footnotes.reference(xml, run.note());
                continue;
            }
            if (run.link() == null) {
                linkOpen = closeLink(linkOpen);
                linkIndex = -1;
                text(run, false);
                continue;
            }
            if (run.linkIndex() != linkIndex) {
                linkOpen = closeLink(linkOpen);
                linkIndex = run.linkIndex();
                linkOpen = hyperlink(run.link());
            }
            text(run, linkOpen);
        }
        closeLink(linkOpen);
    }

    private boolean closeLink(boolean open) {
        if (open) {
            xml.end("w:hyperlink");
        }
        return false;
    }

    /** Appends a plain run of {@code text} to the open paragraph, not fed to the abbreviation tracking. */
    static void plain(WordXml xml, String text) {
        xml.start("w:r");
        if (WritingDirection.holdsRightToLeft(text)) {
            xml.start("w:rPr").empty("w:rtl").end("w:rPr");
        }
        xml.t(XmlText.clean(text)).end("w:r");
    }

    /** Appends a link to bookmark {@code anchor} whose text is {@code text}. */
    static void internalLink(WordXml xml, String anchor, String text) {
        xml.start("w:hyperlink").attribute("w:anchor", anchor);
        xml.start("w:r").start("w:rPr").empty("w:rStyle", "w:val", StyleIds.HYPERLINK);
        if (WritingDirection.holdsRightToLeft(text)) {
            xml.empty("w:rtl");
        }
        xml.end("w:rPr").t(XmlText.clean(text)).end("w:r");
        xml.end("w:hyperlink");
    }

    /** Opens a {@code w:hyperlink} to {@code target}, unless it is a fragment no heading has. */
    private boolean hyperlink(String target) {
        Optional<String> anchor = bookmarks.target(target);
        if (anchor.isPresent()) {
            xml.start("w:hyperlink").attribute("w:anchor", anchor.get());
            return true;
        }
        if (target.startsWith("#")) {
            return false;
        }
        xml.start("w:hyperlink").attribute("r:id", relationships.computeIfAbsent(target, t -> part.getPackagePart()
                .addExternalRelationship(t, XWPFRelation.HYPERLINK.getRelation()).getId()));
        return true;
    }

    private void text(TextRun run, boolean linked) {
        if (run.isImage() && pictures != null) {
            expansions.seeText(run.text());
            xml.start("w:r");
            pictures.inline(xml, run.image());
            xml.end("w:r");
            return;
        }
        String text = null;
        if (!run.isLineBreak()) {
            text = run.abbreviation() != null ? expansions.textFor(run.abbreviation()) : run.text();
        }
        boolean rightToLeft = text != null && WritingDirection.holdsRightToLeft(text);
        boolean properties = linked || !run.marks().isEmpty() || foreign(run);
        xml.start("w:r");
        if (properties || rightToLeft) {
            xml.start("w:rPr");
            if (properties) {
                markProperties(run, linked, rightToLeft);
            }
            if (properties && foreign(run)) {
                xml.start("w:lang").attribute("w:val", run.language());
                if (WritingDirection.ofLanguage(run.language()).rightToLeft()) {
                    xml.attribute("w:bidi", run.language());
                }
                xml.end("w:lang");
            }
            if (rightToLeft) {
                xml.empty("w:rtl");
            }
            xml.end("w:rPr");
        }
        if (run.isLineBreak()) {
            xml.empty("w:br").end("w:r");
            return;
        }
        if (run.abbreviation() == null) {
            expansions.seeText(text);
        }
        xml.t(XmlText.clean(text)).end("w:r");
    }

    /**
     * The run properties before {@code w:lang} and {@code w:rtl}. A run's properties stay in the order
     * they were always written in (POI's schema lets them come in any order), so the part is the same.
     */
    private void markProperties(TextRun run, boolean linked, boolean rightToLeft) {
        if (linked) {
            xml.empty("w:rStyle", "w:val", StyleIds.HYPERLINK);
        } else if (run.monospaced()) {
            xml.empty("w:rStyle", "w:val", StyleIds.CODE);
        }
        if (run.strong()) {
            xml.empty("w:b");
            if (rightToLeft) {
                xml.empty("w:bCs");
            }
        }
        if (run.emphasis()) {
            xml.empty("w:i");
            if (rightToLeft) {
                xml.empty("w:iCs");
            }
        }
        if (run.has(TextMark.STRIKETHROUGH)) {
            xml.empty("w:strike");
        }
        if (run.has(TextMark.SUPERSCRIPT) || run.has(TextMark.SUBSCRIPT)) {
            xml.empty("w:vertAlign", "w:val", run.has(TextMark.SUPERSCRIPT) ? "superscript" : "subscript");
        }
    }

    private boolean foreign(TextRun run) {
        return run.language() != null && !run.language().equalsIgnoreCase(language);
    }
}
