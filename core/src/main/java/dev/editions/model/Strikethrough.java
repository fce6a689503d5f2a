package dev.editions.model;

import java.util.List;

/**
 * Content marked as deleted or no longer accurate, usually struck through.
 *
 * @param content the marked inlines, never empty
 */
public record Strikethrough(List<Inline> content) implements Inline {
    /** Copies and checks the content. */
    public Strikethrough {
        content = Check.nonEmptyList(content, "strikethrough content");
    }
}
