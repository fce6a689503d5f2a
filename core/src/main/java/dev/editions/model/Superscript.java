package dev.editions.model;

import java.util.List;

/**
 * Content raised above the baseline in a smaller size, such as an exponent or an ordinal suffix.
 *
 * @param content the marked inlines, never empty
 */
public record Superscript(List<Inline> content) implements Inline {
    /** Copies and checks the content. */
    public Superscript {
        content = Check.nonEmptyList(content, "superscript content");
    }
}
