package dev.editions.docx.internal.check;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Tables: the first row is marked as a header row that repeats on each page, the column grid is
 * present, and the table has a caption and a description (Word's alt text for tables).
 */
final class TableRules {
    static final String HEADER = "docx.table-header";
    static final String GRID = "docx.table-grid";
    static final String CAPTION = "docx.table-caption";
    static final String DESCRIPTION = "docx.table-description";

    private TableRules() {
    }

    static void check(Inspection in) {
        List<Element> tables = Xml.descendants(in.pkg().document(), Xml.W, "tbl");
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            Element properties = Xml.child(table, Xml.W, "tblPr");
            String location = "table " + (i + 1) + caption(properties);
            Element first = Xml.child(table, Xml.W, "tr");
            if (first == null || !Xml.on(Xml.child(first, Xml.W, "trPr"), "tblHeader")) {
                in.report(HEADER, location, "the first row is not marked as a header row (Repeat as header row), "
                        + "so screen readers cannot name the columns");
            }
            if (Xml.children(Xml.child(table, Xml.W, "tblGrid"), Xml.W, "gridCol").isEmpty()) {
                in.report(GRID, location, "the table has no column grid; some readers then lose its cells");
            }
            if (blank(Xml.val(properties, "tblCaption"))) {
                in.report(CAPTION, location, "the table has no alt-text title (Table Properties > Alt Text)");
            }
            if (blank(Xml.val(properties, "tblDescription"))) {
                in.report(DESCRIPTION, location, "the table has no alt-text description (Table Properties > Alt Text)");
            }
        }
    }

    private static String caption(Element properties) {
        String caption = Xml.val(properties, "tblCaption");
        return blank(caption) ? "" : " (\"" + caption + "\")";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
