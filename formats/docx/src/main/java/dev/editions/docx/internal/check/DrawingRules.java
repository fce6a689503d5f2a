package dev.editions.docx.internal.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Pictures and other drawings: alternative text that is present and not a file name or a default
 * name, or the decorative flag; drawing ids unique in the document; objects inline with the text.
 */
final class DrawingRules {
    static final String ALT_TEXT = "docx.alt-text";
    static final String FILE_NAME = "docx.alt-text-file-name";
    static final String DRAWING_ID = "docx.drawing-id";
    static final String FLOATING = "docx.floating-image";
    private static final Pattern FILE_NAME_PATTERN = Pattern.compile(
            "(?i).*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)|(picture|image|grafik|figure|chart)\\s*\\d*");

    private DrawingRules() {
    }

    static void check(Inspection in) {
        Set<String> ids = new HashSet<>();
        int count = 0;
        for (Element docPr : Xml.descendants(in.pkg().document(), Xml.WP, "docPr")) {
            count++;
            String location = "drawing " + count + " (\"" + docPr.getAttribute("name") + "\")";
            String id = docPr.getAttribute("id");
            if (!ids.add(id)) {
                in.report(DRAWING_ID, location, "the drawing id " + id + " is used twice; Word reports such "
                        + "files as unreadable");
            }
            String alt = docPr.getAttribute("descr").strip();
            String title = docPr.getAttribute("title").strip();
            if (decorative(docPr)) {
                continue;
            }
            if (alt.isEmpty() && title.isEmpty()) {
                in.report(ALT_TEXT, location, "the picture has no alternative text and is not marked decorative");
            } else if (FILE_NAME_PATTERN.matcher(alt.isEmpty() ? title : alt).matches()) {
                in.report(FILE_NAME, location, "the alternative text '" + (alt.isEmpty() ? title : alt)
                        + "' is a file or default name, not a description of the picture");
            }
        }
        for (Element anchor : Xml.descendants(in.pkg().document(), Xml.WP, "anchor")) {
            Element docPr = Xml.child(anchor, Xml.WP, "docPr");
            in.report(FLOATING, "drawing \"" + (docPr == null ? "" : docPr.getAttribute("name")) + "\"",
                    "the object floats over the text; screen readers may read it out of order (make it inline)");
        }
    }

    private static boolean decorative(Element docPr) {
        for (Element flag : Xml.descendants(docPr, Xml.DECORATIVE, "decorative")) {
            String value = flag.getAttribute("val");
            if (value.equals("1") || value.equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }
}
