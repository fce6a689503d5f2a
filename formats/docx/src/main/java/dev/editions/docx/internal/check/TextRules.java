package dev.editions.docx.internal.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Running text: no empty paragraphs used for spacing, no bullets or numbers typed by hand (outside
 * preformatted code), list
 * numbering that is defined, and every abbreviation of the glossary table spelled out at its first
 * use in the text.
 */
final class TextRules {
    static final String EMPTY_PARAGRAPH = "docx.empty-paragraph";
    static final String TYPED_LIST = "docx.typed-list";
    static final String ABBREVIATION = "docx.abbreviation";
    static final String NUMBERING = "docx.numbering";
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[\\u2022\\u25E6\\u25AA\\u25CF\\u25CB\\u25A0"
            + "\\u2023\\u2043\\u2013\\u2014*\\-]\\s+\\S");

    private TextRules() {
    }

    static void check(Inspection in) {
        List<Paragraph> paragraphs = in.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.table() == null && p.text().isBlank() && !p.drawing() && !p.pageBreak() && !afterFinalTable(in, i)) {
                in.report(EMPTY_PARAGRAPH, p.location(), "an empty paragraph is used for spacing; screen readers "
                        + "announce it as blank (use paragraph spacing instead)");
            }
            if (!p.numbered() && !p.preformatted(in.styles()) && TYPED_BULLET.matcher(p.text()).find()) {
                in.report(TYPED_LIST, p.location(), "a bullet is typed by hand; use a real list so readers "
                        + "announce the list and its length");
            }
        }
        numbering(in);
        abbreviations(in);
    }

    /** Word requires a paragraph after a table that ends the document; it is empty by necessity. */
    private static boolean afterFinalTable(Inspection in, int index) {
        Paragraph p = in.paragraphs().get(index);
        return index == in.paragraphs().size() - 1 && p.element().getPreviousSibling() instanceof Element e
                && Xml.is(e, Xml.W, "tbl");
    }

    private static void numbering(Inspection in) {
        Set<String> nums = new HashSet<>();
        Set<String> abstracts = new HashSet<>();
        Element root = in.pkg().numbering();
        for (Element definition : Xml.children(root, Xml.W, "abstractNum")) {
            abstracts.add(Xml.attr(definition, "abstractNumId"));
        }
        for (Element num : Xml.children(root, Xml.W, "num")) {
            nums.add(Xml.attr(num, "numId"));
            String definition = Xml.val(num, "abstractNumId");
            if (!abstracts.contains(definition)) {
                in.report(NUMBERING, "word/numbering.xml", "list " + Xml.attr(num, "numId")
                        + " refers to the undefined list definition " + definition);
            }
        }
        for (Paragraph p : in.paragraphs()) {
            Element numPr = Xml.child(Xml.child(p.element(), Xml.W, "pPr"), Xml.W, "numPr");
            String id = Xml.val(numPr, "numId");
            if (id != null && !id.equals("0") && !nums.contains(id)) {
                in.report(NUMBERING, p.location(), "the paragraph belongs to list " + id + ", which is not defined");
            }
        }
    }

    private static void abbreviations(Inspection in) {
        List<String[]> glossary = glossary(in);
        for (String[] entry : glossary) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry[0]) + "(?![\\p{L}\\p{N}])");
            String longForm = entry[1].toLowerCase(Locale.ROOT);
            boolean introduced = false;
            for (Paragraph p : in.paragraphs()) {
                if (p.table() != null && isGlossary(p.table()) || p.frontMatter(in.styles())) {
                    continue;
                }
                String lower = p.text().toLowerCase(Locale.ROOT);
                Matcher m = word.matcher(p.text());
                if (m.find()) {
                    int at = lower.indexOf(longForm);
                    if (!introduced && (at < 0 || at > m.start())) {
                        in.report(ABBREVIATION, p.location(), "the first use of '" + entry[0]
                                + "' is not spelled out as '" + entry[1] + " (" + entry[0] + ")'");
                    }
                    break;
                }
                introduced |= lower.contains(longForm);
            }
        }
    }

    /** The (abbreviation, meaning) rows of the tables captioned as a glossary or list of abbreviations. */
    private static List<String[]> glossary(Inspection in) {
        List<String[]> out = new ArrayList<>();
        for (Element table : Xml.descendants(in.pkg().document(), Xml.W, "tbl")) {
            if (!isGlossary(table)) {
                continue;
            }
            for (Element row : Xml.children(table, Xml.W, "tr")) {
                if (Xml.on(Xml.child(row, Xml.W, "trPr"), "tblHeader")) {
                    continue;
                }
                List<Element> cells = Xml.children(row, Xml.W, "tc");
                if (cells.size() >= 2) {
                    String shortForm = cells.get(0).getTextContent().strip();
                    String longForm = cells.get(1).getTextContent().strip();
                    if (!shortForm.isEmpty() && !longForm.isEmpty()) {
                        out.add(new String[] {shortForm, longForm});
                    }
                }
            }
        }
        return out;
    }

    private static boolean isGlossary(Element table) {
        String caption = Xml.val(Xml.child(table, Xml.W, "tblPr"), "tblCaption");
        String lower = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
        return lower.contains("glossary") || lower.contains("abbreviation");
    }
}
