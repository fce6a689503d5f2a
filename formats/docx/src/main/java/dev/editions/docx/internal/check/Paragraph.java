package dev.editions.docx.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One paragraph of the body as the rules see it.
 *
 * @param element the {@code w:p}
 * @param index its position among all paragraphs (1-based), for messages
 * @param style its paragraph style id, or the empty string
 * @param text its visible text
 * @param table the table it is in, or {@code null}
 * @param drawing whether it holds a picture or other object
 * @param numbered whether it carries list numbering directly
 * @param level its heading level (1-9), or 0 for body text
 * @param pageBreak whether it holds a page or section break
 */
public record Paragraph(Element element, int index, String style, String text, Element table, boolean drawing,
        boolean numbered, int level, boolean pageBreak) {

    /** A location for findings: the paragraph number and the start of its text. */
    public String location() {
        String start = text.strip();
        return "paragraph " + index + (start.isEmpty() ? "" : " (\"" + (start.length() > 40
                ? start.substring(0, 40) + "…" : start) + "\")");
    }

    /** Whether this paragraph is part of the front matter or the contents, not the running text. */
    public boolean frontMatter(StyleIndex styles) {
        String name = styles.name(style);
        return name.equals("title") || name.equals("subtitle") || name.startsWith("toc");
    }

    /** Whether this paragraph is preformatted text (code), whose characters are the content as typed. */
    public boolean preformatted(StyleIndex styles) {
        String name = styles.name(style);
        return name.equals("html preformatted") || name.equals("code");
    }

    static List<Paragraph> all(Element document, StyleIndex styles) {
        List<Paragraph> out = new ArrayList<>();
        walk(Xml.child(document, Xml.W, "body"), null, styles, out);
        return out;
    }

    private static void walk(Element parent, Element table, StyleIndex styles, List<Paragraph> out) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (Xml.is(e, Xml.W, "p")) {
                out.add(of(e, out.size() + 1, table, styles));
            } else if (Xml.is(e, Xml.W, "tbl")) {
                walk(e, e, styles, out);
            } else if (Xml.W.equals(e.getNamespaceURI())) {
                walk(e, table, styles, out);
            }
        }
    }

    private static Paragraph of(Element p, int index, Element table, StyleIndex styles) {
        Element pr = Xml.child(p, Xml.W, "pPr");
        String style = Xml.val(pr, "pStyle");
        style = style == null ? "" : style;
        StringBuilder text = new StringBuilder();
        boolean[] flags = new boolean[2];
        text(p, text, flags);
        int level = styles.headingLevel(style);
        String direct = Xml.val(pr, "outlineLvl");
        if (direct != null) {
            level = StyleIndex.parseLevel(direct) + 1;
        }
        boolean numbered = Xml.child(pr, Xml.W, "numPr") != null;
        boolean sectionBreak = Xml.child(pr, Xml.W, "sectPr") != null;
        return new Paragraph(p, index, style, text.toString(), table, flags[0], numbered, level,
                flags[1] || sectionBreak);
    }

    private static void text(Element parent, StringBuilder out, boolean[] flags) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String local = e.getLocalName();
            if (Xml.W.equals(e.getNamespaceURI())) {
                switch (local) {
                    case "t" -> out.append(e.getTextContent());
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> {
                        if ("page".equals(Xml.attr(e, "type"))) {
                            flags[1] = true;
                        } else {
                            out.append('\n');
                        }
                    }
                    case "drawing", "pict", "object" -> flags[0] = true;
                    case "pPr", "rPr", "instrText", "delText" -> {
                        // Properties and field codes are not visible text.
                    }
                    default -> text(e, out, flags);
                }
            } else if (local.equals("AlternateContent")) {
                flags[0] = true;
            } else {
                text(e, out, flags);
            }
        }
    }
}
