package dev.editions.model;

import java.util.List;

/**
 * A hyperlink: content that a reader can follow to a target. Only addresses that are safe in every
 * edition are links: {@code http:}, {@code https:} and {@code mailto:} addresses and anchors of the
 * report's headings ({@code #id}); readers keep the text of any other link, with a warning.
 *
 * @param target the URI the link points to, never blank, of a kind {@link #isAllowedTarget(String)} accepts
 * @param title an advisory title, or {@code null}
 * @param content the link text, never empty (a link needs meaningful text)
 */
public record Link(String target, String title, List<Inline> content) implements Inline {
    /** Checks the target and content. */
    public Link {
        target = Check.notBlank(target, "link target").strip();
        if (!isAllowedTarget(target)) {
            throw new IllegalArgumentException("link target '" + target
                    + "' is not an http, https or mailto address or a #anchor");
        }
        title = Check.optional(title);
        content = Check.nonEmptyList(content, "link text");
    }

    /** Whether {@code target} may be a link: an {@code http:}, {@code https:} or {@code mailto:} address, or {@code #anchor}. */
    public static boolean isAllowedTarget(String target) {
        String t = target.strip();
        if (t.startsWith("#")) {
            return t.length() > 1;
        }
        int colon = t.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = t.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }
}
