package dev.editions.docx.internal.check;

import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Headings: a document of any length uses heading styles, levels are not skipped, no heading is
 * empty, and a document with several headings has a table of contents.
 */
final class HeadingRules {
    static final String HEADINGS = "docx.headings";
    static final String ORDER = "docx.heading-order";
    static final String EMPTY = "docx.heading-empty";
    static final String CONTENTS = "docx.toc";
    /** A document with more text paragraphs than this needs headings. */
    static final int MAX_PARAGRAPHS_WITHOUT_HEADINGS = 10;
    /** A document with at least this many headings needs a table of contents. */
    static final int HEADINGS_NEEDING_CONTENTS = 3;

    private HeadingRules() {
    }

    static void check(Inspection in) {
        int headings = 0;
        int text = 0;
        int previous = 0;
        for (Paragraph p : in.paragraphs()) {
            if (p.level() == 0 || p.table() != null) {
                text += p.text().isBlank() ? 0 : 1;
                continue;
            }
            headings++;
            if (p.text().isBlank()) {
                in.report(EMPTY, p.location(), "a heading has no text");
            }
            if (p.level() > previous + 1) {
                in.report(ORDER, p.location(), "a level " + p.level() + " heading follows "
                        + (previous == 0 ? "the start of the document" : "a level " + previous + " heading")
                        + "; heading levels must not be skipped");
            }
            previous = p.level();
        }
        if (headings == 0 && text > MAX_PARAGRAPHS_WITHOUT_HEADINGS) {
            in.report(HEADINGS, "word/document.xml", "the document has " + text + " paragraphs but no headings; "
                    + "use heading styles so readers can navigate it");
        }
        if (headings >= HEADINGS_NEEDING_CONTENTS && !hasContents(in.pkg().document())) {
            in.report(CONTENTS, "word/document.xml", "the document has " + headings
                    + " headings but no table of contents field");
        }
    }

    private static boolean hasContents(Element document) {
        for (Element instruction : Xml.descendants(document, Xml.W, "instrText")) {
            if (instruction.getTextContent().strip().toUpperCase(Locale.ROOT).startsWith("TOC")) {
                return true;
            }
        }
        for (Element simple : Xml.descendants(document, Xml.W, "fldSimple")) {
            String instruction = Xml.attr(simple, "instr");
            if (instruction != null && instruction.strip().toUpperCase(Locale.ROOT).startsWith("TOC")) {
                return true;
            }
        }
        for (Element gallery : Xml.descendants(document, Xml.W, "docPartGallery")) {
            if ("Table of Contents".equals(Xml.attr(gallery, "val"))) {
                return true;
            }
        }
        return false;
    }
}
