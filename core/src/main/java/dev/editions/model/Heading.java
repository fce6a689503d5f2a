package dev.editions.model;

import java.util.List;

/**
 * A section heading.
 *
 * @param level the outline level, 1 (top) to 6
 * @param content the heading text, never empty
 * @param id the anchor id the author gave the heading (e.g. {@code ## Findings {#findings}} in
 *     Markdown), without {@code #} and white space, or {@code null} for the id made from the text
 */
public record Heading(int level, List<Inline> content, String id) implements Block {
    /** Checks the level, content and id. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be between 1 and 6, was " + level);
        }
        content = Check.nonEmptyList(content, "heading text");
        if (id != null && (id.isEmpty() || id.startsWith("#") || id.codePoints().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("a heading id must be a word without '#' or white space, was '"
                    + id + "'");
        }
    }

    /** A heading whose id is made from its text. */
    public Heading(int level, List<Inline> content) {
        this(level, content, null);
    }

    /** This heading with {@code newContent} as its text, keeping its level and id. */
    public Heading withContent(List<Inline> newContent) {
        return new Heading(level, newContent, id);
    }
}
