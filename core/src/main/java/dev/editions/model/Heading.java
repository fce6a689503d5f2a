package dev.editions.model;

import java.util.List;

/**
 * A section heading.
 *
 * @param level the outline level, 1 (top) to 6
 * @param content the heading text, never empty
 */
public record Heading(int level, List<Inline> content) implements Block {
    /** Checks the level and content. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be between 1 and 6, was " + level);
        }
        content = Check.nonEmptyList(content, "heading text");
    }
}
