package dev.editions.docx.internal;

/** The style ids of the edition's styles part ({@code styles.xml}), as paragraphs and runs cite them. */
final class StyleIds {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String CAPTION = "Caption";
    static final String QUOTE = "Quote";
    static final String FIGURE = "Figure";
    static final String DEFINITION_TERM = "DefinitionTerm";
    static final String DEFINITION = "Definition";
    static final String ADMONITION_TITLE = "AdmonitionTitle";
    static final String ADMONITION = "Admonition";
    static final String TOC_HEADING = "TOCHeading";
    static final String HYPERLINK = "Hyperlink";
    static final String CODE = "HTMLCode";
    static final String PREFORMATTED = "HTMLPreformatted";
    static final String TABLE = "TableGrid";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    private StyleIds() {
    }

    /** The style of a heading of {@code level} (1 to 6). */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** The style of a table-of-contents entry of {@code level} (1 to 6). */
    static String contents(int level) {
        return "TOC" + level;
    }
}
