package dev.editions.model;

import java.util.List;

/**
 * A paragraph of running text.
 *
 * @param content the paragraph's inlines, never empty
 */
public record Paragraph(List<Inline> content) implements Block {
    /** Copies and checks the content. */
    public Paragraph {
        content = Check.nonEmptyList(content, "paragraph content");
    }

    /** A paragraph of one plain text run. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Text(text)));
    }
}
