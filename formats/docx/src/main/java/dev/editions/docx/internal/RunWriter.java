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
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

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
    private final Bookmarks bookmarks;
    private final AbbreviationExpansions expansions;
    private final String language;
    private final FootnoteWriter footnotes;
    private final FigureWriter pictures;
    private final Map<String, String> relationships = new HashMap<>();

    RunWriter(XWPFDocument doc, Bookmarks bookmarks, AbbreviationExpansions expansions, String language) {
        this(doc, bookmarks, expansions, language, null, null);
    }

    /**
     * A writer of runs in {@code part} (the document or its footnotes, which hold their own link
     * relationships); note references become footnotes through {@code footnotes}, or null where
     * there are none; pictures in the line are drawn by {@code pictures} when {@code part} is the
     * document, else their alt text stands in their place.
     */
    RunWriter(POIXMLDocumentPart part, Bookmarks bookmarks, AbbreviationExpansions expansions, String language,
            FootnoteWriter footnotes, FigureWriter pictures) {
        this.part = part;
        this.pictures = part instanceof XWPFDocument ? pictures : null;
        this.bookmarks = bookmarks;
        this.expansions = expansions;
        this.language = language;
        this.footnotes = footnotes;
    }

    /** A writer of runs in {@code other}, sharing the abbreviations' first uses, without footnotes. */
    RunWriter in(POIXMLDocumentPart other) {
        return new RunWriter(other, bookmarks, expansions, language, null, null);
    }

    /** Appends {@code inlines} to {@code paragraph}. */
    void write(CTP paragraph, List<Inline> inlines) {
        CTHyperlink link = null;
        int linkIndex = -1;
        for (TextRun run : TextRuns.of(inlines)) {
            if (run.isNoteReference()) {
                if (footnotes == null) {
                    throw new IllegalStateException("a note reference where no footnote can be made");
                }
                link = null;
                linkIndex = -1;
                footnotes.reference(paragraph, run.note());
                continue;
            }
            if (run.link() == null) {
                link = null;
                linkIndex = -1;
                text(paragraph, paragraph.addNewR(), run, false);
                continue;
            }
            if (run.linkIndex() != linkIndex) {
                linkIndex = run.linkIndex();
                link = hyperlink(paragraph, run.link());
            }
            text(paragraph, link == null ? paragraph.addNewR() : link.addNewR(), run, link != null);
        }
    }

    /** Appends a plain run of {@code text}, not fed to the abbreviation tracking. */
    static CTR plain(CTP paragraph, String text) {
        CTR r = paragraph.addNewR();
        setText(r, text);
        return r;
    }

    /** Appends a link to bookmark {@code anchor} whose text is {@code text}. */
    static void internalLink(CTP paragraph, String anchor, String text) {
        CTHyperlink link = paragraph.addNewHyperlink();
        link.setAnchor(anchor);
        CTR r = link.addNewR();
        r.addNewRPr().addNewRStyle().setVal(StyleIds.HYPERLINK);
        setText(r, text);
    }

    private CTHyperlink hyperlink(CTP paragraph, String target) {
        Optional<String> anchor = bookmarks.target(target);
        if (anchor.isPresent()) {
            CTHyperlink link = paragraph.addNewHyperlink();
            link.setAnchor(anchor.get());
            return link;
        }
        if (target.startsWith("#")) {
            return null;
        }
        CTHyperlink link = paragraph.addNewHyperlink();
        link.setId(relationships.computeIfAbsent(target, t -> part.getPackagePart()
                .addExternalRelationship(t, XWPFRelation.HYPERLINK.getRelation()).getId()));
        return link;
    }

    private void text(CTP paragraph, CTR r, TextRun run, boolean linked) {
        if (run.isImage() && pictures != null) {
            expansions.seeText(run.text());
            pictures.inline((XWPFDocument) part, paragraph, r, run.image());
            return;
        }
        String text = null;
        if (!run.isLineBreak()) {
            text = run.abbreviation() != null ? expansions.textFor(run.abbreviation()) : run.text();
        }
        boolean rightToLeft = text != null && WritingDirection.holdsRightToLeft(text);
        if (linked || !run.marks().isEmpty() || foreign(run)) {
            CTRPr pr = r.addNewRPr();
            if (linked) {
                pr.addNewRStyle().setVal(StyleIds.HYPERLINK);
            } else if (run.monospaced()) {
                pr.addNewRStyle().setVal(StyleIds.CODE);
            }
            if (run.strong()) {
                pr.addNewB();
                if (rightToLeft) {
                    pr.addNewBCs();
                }
            }
            if (run.emphasis()) {
                pr.addNewI();
                if (rightToLeft) {
                    pr.addNewICs();
                }
            }
            if (run.has(TextMark.STRIKETHROUGH)) {
                pr.addNewStrike();
            }
            if (run.has(TextMark.SUPERSCRIPT) || run.has(TextMark.SUBSCRIPT)) {
                pr.addNewVertAlign().setVal(run.has(TextMark.SUPERSCRIPT) ? STVerticalAlignRun.SUPERSCRIPT
                        : STVerticalAlignRun.SUBSCRIPT);
            }
            if (foreign(run)) {
                CTLanguage lang = pr.addNewLang();
                lang.setVal(run.language());
                if (WritingDirection.ofLanguage(run.language()).rightToLeft()) {
                    lang.setBidi(run.language());
                }
            }
        }
        if (run.isLineBreak()) {
            r.addNewBr();
            return;
        }
        if (run.abbreviation() == null) {
            expansions.seeText(text);
        }
        setText(r, text);
    }

    private boolean foreign(TextRun run) {
        return run.language() != null && !run.language().equalsIgnoreCase(language);
    }

    /** Sets the text of {@code r}, marking it right to left ({@code w:rtl}) when it holds such text. */
    private static void setText(CTR r, String text) {
        if (WritingDirection.holdsRightToLeft(text)) {
            (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewRtl();
        }
        CTText t = r.addNewT();
        t.setStringValue(XmlText.clean(text));
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
