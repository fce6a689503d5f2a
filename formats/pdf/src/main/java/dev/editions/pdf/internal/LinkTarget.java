package dev.editions.pdf.internal;

/**
 * Where a link goes and the element that tags its text.
 *
 * @param tag the {@code Link} structure element
 * @param target the URI, or {@code #id} for a heading in the same document
 * @param description the link's text, written as the annotation's contents
 * @param note whether the link is a reference to a note ({@code #fn-N}); the first one of each note
 *     is the destination of the note's back link ({@code fnref-N})
 */
record LinkTarget(Tag tag, String target, String description, boolean note) {
    /** A link that is no note reference. */
    LinkTarget(Tag tag, String target, String description) {
        this(tag, target, description, false);
    }

    /** The destination a note's back link goes to, for a note reference; null for other links. */
    String referenceAnchor() {
        return note ? "fnref-" + target.substring("#fn-".length()) : null;
    }

    /** Whether the link points at a heading of the document itself. */
    boolean isInternal() {
        return target.startsWith("#");
    }
}
