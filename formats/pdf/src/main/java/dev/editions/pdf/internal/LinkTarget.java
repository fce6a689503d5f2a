package dev.editions.pdf.internal;

/**
 * Where a link goes and the element that tags its text.
 *
 * @param tag the {@code Link} structure element
 * @param target the URI, or {@code #id} for a heading in the same document
 * @param description the link's text, written as the annotation's contents
 */
record LinkTarget(Tag tag, String target, String description) {
    /** Whether the link points at a heading of the document itself. */
    boolean isInternal() {
        return target.startsWith("#");
    }
}
