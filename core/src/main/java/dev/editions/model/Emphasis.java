package dev.editions.model;

import java.util.List;

/**
 * Emphasised content, usually set in italics.
 *
 * @param content the emphasised inlines, never empty
 */
public record Emphasis(List<Inline> content) implements Inline {
    /** Copies and checks the content. */
    public Emphasis {
        content = Check.nonEmptyList(content, "emphasis content");
    }
}
