package dev.editions.docx.internal.check;

import dev.editions.check.Finding;
import java.util.List;

/** Runs every DOCX rule on a package. */
public final class Rules {
    /** The id of every rule, in the order they run. */
    public static final List<String> IDS = List.of(
            MetadataRules.TITLE, MetadataRules.LANGUAGE,
            StyleRules.DEFINED, StyleRules.HEADING_OUTLINE, StyleRules.CONTRAST,
            HeadingRules.HEADINGS, HeadingRules.ORDER, HeadingRules.EMPTY, HeadingRules.CONTENTS,
            TableRules.HEADER, TableRules.GRID, TableRules.CAPTION, TableRules.DESCRIPTION,
            DrawingRules.ALT_TEXT, DrawingRules.FILE_NAME, DrawingRules.DRAWING_ID, DrawingRules.FLOATING,
            LinkRules.TARGET, LinkRules.BOOKMARK, LinkRules.TEXT,
            TextRules.EMPTY_PARAGRAPH, TextRules.TYPED_LIST, TextRules.ABBREVIATION, TextRules.NUMBERING);

    private Rules() {
    }

    /** Every finding in {@code pkg}. */
    public static List<Finding> check(DocxPackage pkg) {
        Inspection inspection = Inspection.of(pkg);
        MetadataRules.check(inspection);
        StyleRules.check(inspection);
        HeadingRules.check(inspection);
        TableRules.check(inspection);
        DrawingRules.check(inspection);
        LinkRules.check(inspection);
        TextRules.check(inspection);
        return List.copyOf(inspection.findings());
    }
}
