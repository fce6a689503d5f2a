package dev.editions.model;

import java.util.List;

/**
 * A hyperlink: content that a reader can follow to a target.
 *
 * @param target the URI the link points to, never blank
 * @param title an advisory title, or {@code null}
 * @param content the link text, never empty (a link needs meaningful text)
 */
public record Link(String target, String title, List<Inline> content) implements Inline {
    /** Checks the target and content. */
    public Link {
        target = Check.notBlank(target, "link target").strip();
        title = Check.optional(title);
        content = Check.nonEmptyList(content, "link text");
    }
}
