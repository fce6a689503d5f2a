package dev.editions.model;

import java.util.List;

/**
 * Content lowered below the baseline in a smaller size, such as a chemical formula's counts.
 *
 * @param content the marked inlines, never empty
 */
public record Subscript(List<Inline> content) implements Inline {
    /** Copies and checks the content. */
    public Subscript {
        content = Check.nonEmptyList(content, "subscript content");
    }
}
