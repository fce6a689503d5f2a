package dev.editions.model;

import java.util.List;

/**
 * Strongly emphasised content, usually set in bold.
 *
 * @param content the strong inlines, never empty
 */
public record Strong(List<Inline> content) implements Inline {
    /** Copies and checks the content. */
    public Strong {
        content = Check.nonEmptyList(content, "strong content");
    }
}
