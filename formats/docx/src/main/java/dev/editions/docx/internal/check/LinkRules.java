package dev.editions.docx.internal.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Links: external links resolve to a hyperlink relationship, links and cross-reference fields lead
 * to bookmarks that exist, and link text makes sense on its own.
 */
final class LinkRules {
    static final String TARGET = "docx.link-target";
    static final String BOOKMARK = "docx.bookmark";
    static final String TEXT = "docx.link-text";
    private static final Set<String> GENERIC = Set.of("click here", "here", "link", "this link", "more",
            "read more", "learn more", "click", "this", "go", "details");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(?:PAGEREF|REF|HYPERLINK\\s+\\\\l)\\s+\"?([^\\s\"\\\\]+)");

    private LinkRules() {
    }

    static void check(Inspection in) {
        Element document = in.pkg().document();
        Set<String> bookmarks = new HashSet<>();
        for (Element start : Xml.descendants(document, Xml.W, "bookmarkStart")) {
            bookmarks.add(Xml.attr(start, "name"));
        }
        int count = 0;
        for (Element link : Xml.descendants(document, Xml.W, "hyperlink")) {
            count++;
            String text = text(link);
            String location = "link " + count + " (\"" + text + "\")";
            String id = link.hasAttributeNS(Xml.R, "id") ? link.getAttributeNS(Xml.R, "id") : null;
            String anchor = Xml.attr(link, "anchor");
            if (id != null) {
                DocxPackage.Relationship target = in.pkg().relationships().get(id);
                if (target == null || !target.hyperlink()) {
                    in.report(TARGET, location, "the link's target " + id + " is not a hyperlink of the document");
                }
            } else if (anchor == null) {
                in.report(TARGET, location, "the link has no target");
            }
            if (anchor != null && !bookmarks.contains(anchor)) {
                in.report(BOOKMARK, location, "the link leads to the bookmark '" + anchor + "', which does not exist");
            }
            String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
            if (words.isEmpty() || GENERIC.contains(words)) {
                in.report(TEXT, location, "the link text does not say where the link leads");
            }
        }
        for (Element instruction : Xml.descendants(document, Xml.W, "instrText")) {
            Matcher m = REFERENCE.matcher(instruction.getTextContent());
            if (m.find() && !bookmarks.contains(m.group(1))) {
                in.report(BOOKMARK, "field \"" + instruction.getTextContent().strip() + "\"",
                        "the field refers to the bookmark '" + m.group(1) + "', which does not exist");
            }
        }
    }

    private static String text(Element link) {
        StringBuilder out = new StringBuilder();
        for (Element t : Xml.descendants(link, Xml.W, "t")) {
            out.append(t.getTextContent());
        }
        return out.toString();
    }
}
