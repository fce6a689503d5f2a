package dev.editions.model;

import java.util.List;

/**
 * A hyperlink: content that a reader can follow to a target. Only addresses that are safe in every
 * edition are links: {@code http:}, {@code https:} and {@code mailto:} addresses and anchors of the
 * report's headings ({@code #id}); readers keep the text of any other link, with a warning.
 *
 * <p>The target is held as a valid URI: characters a URI cannot hold (spaces, braces, bidirectional
 * controls, any non-ASCII letter) are percent-encoded as UTF-8, and a {@code %} already followed by
 * two hexadecimal digits is kept, so encoding twice changes nothing.
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
        target = encoded(target);
        if (!isWellFormed(target)) {
            throw new IllegalArgumentException("link target '" + target + "' is not a valid address");
        }
        title = Check.optional(title);
        content = Check.nonEmptyList(content, "link text");
    }

    /**
     * Whether {@code target}, once the characters a URI cannot hold are percent-encoded, is a valid
     * URI (an anchor always is).
     */
    public static boolean isWellFormed(String target) {
        String t = target.strip();
        if (t.startsWith("#")) {
            return true;
        }
        try {
            new java.net.URI(encoded(t));
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@code target} with every character a URI cannot hold percent-encoded as UTF-8; anchors are
     * kept as they are, as they must match heading identifiers.
     */
    public static String encoded(String target) {
        if (target.startsWith("#")) {
            return target;
        }
        int authorityEnd = authorityEnd(target);
        boolean fragment = false;
        StringBuilder out = new StringBuilder(target.length() + 16);
        for (int i = 0; i < target.length(); ) {
            int c = target.codePointAt(i);
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0
                    || c == '#' && !fragment || (c == '[' || c == ']') && i < authorityEnd
                    || c == '%' && isHex(target, i + 1) && isHex(target, i + 2));
            fragment |= c == '#';
            if (keep) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static int authorityEnd(String target) {
        int start = target.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int end = start + 3;
        while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
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
