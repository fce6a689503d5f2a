package dev.editions.docx.internal;

/**
 * The properties of a paragraph about to be written: its style, whether it keeps with the next one,
 * its list number, a rule above it, a left indent and an alignment. {@link #open} writes them in
 * the order the schema gives them ({@code w:pStyle}, {@code w:keepNext}, {@code w:numPr},
 * {@code w:pBdr}, {@code w:ind}, {@code w:jc}).
 */
final class ParagraphFormat {
    private final String style;
    private boolean keepNext;
    private long numId = -1;
    private int level;
    private boolean rule;
    private long indent = -1;
    private String justification;

    private ParagraphFormat(String style) {
        this.style = style;
    }

    /** A paragraph of {@code style}, or of Normal when {@code style} is {@code null}. */
    static ParagraphFormat of(String style) {
        return new ParagraphFormat(style);
    }

    /** Kept on the page of the paragraph (or table) after it. */
    ParagraphFormat keepNext() {
        keepNext = true;
        return this;
    }

    /** Numbered as an item of list {@code numId} at {@code level}. */
    ParagraphFormat numbered(long numId, int level) {
        this.numId = numId;
        this.level = level;
        return this;
    }

    /** With a rule above, where a thematic break stood. */
    ParagraphFormat ruleAbove() {
        rule = true;
        return this;
    }

    /** Indented by {@code twips} from the start. */
    ParagraphFormat indent(long twips) {
        indent = twips;
        return this;
    }

    /** Aligned as {@code value} says ({@code center}, {@code right}). */
    ParagraphFormat justify(String value) {
        justification = value;
        return this;
    }

    /** Opens the paragraph and writes its properties; the caller writes its content and closes it. */
    void open(WordXml xml) {
        xml.start("w:p");
        if (style == null && !keepNext && numId < 0 && !rule && indent < 0 && justification == null) {
            return;
        }
        xml.start("w:pPr");
        if (style != null) {
            xml.empty("w:pStyle", "w:val", style);
        }
        if (keepNext) {
            xml.empty("w:keepNext");
        }
        if (numId >= 0) {
            xml.start("w:numPr").start("w:ilvl").attribute("w:val", level).end("w:ilvl")
                    .start("w:numId").attribute("w:val", numId).end("w:numId").end("w:numPr");
        }
        if (rule) {
            xml.start("w:pBdr").start("w:top").attribute("w:val", "single").attribute("w:sz", 6)
                    .attribute("w:space", 12).attribute("w:color", "595959").end("w:top").end("w:pBdr");
        }
        if (indent >= 0) {
            xml.start("w:ind").attribute("w:left", indent).end("w:ind");
        }
        if (justification != null) {
            xml.empty("w:jc", "w:val", justification);
        }
        xml.end("w:pPr");
    }

    /** Closes a paragraph opened by {@link #open}. */
    static void close(WordXml xml) {
        xml.end("w:p");
    }
}
