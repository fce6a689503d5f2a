package dev.editions.model;

import java.util.Objects;

/**
 * A picture inside a line of text, read in the order of the sentence around it.
 *
 * <p>An informative picture needs alternative text; a decorative one has none and is hidden from
 * assistive technology. Its plain text (for word counts and offsets) is its alternative text.
 *
 * @param image the picture
 * @param alt the text alternative; empty only when {@code decorative}
 * @param decorative whether the picture carries no information
 */
public record InlineImage(Image image, String alt, boolean decorative) implements Inline {
    /** Checks that an informative picture has alternative text. */
    public InlineImage {
        Objects.requireNonNull(image, "inline image must not be null");
        alt = alt == null ? "" : alt.strip();
        if (!decorative && alt.isEmpty()) {
            throw new IllegalArgumentException("inline image '" + image.name()
                    + "' needs alternative text (or must be marked decorative)");
        }
        if (decorative && !alt.isEmpty()) {
            throw new IllegalArgumentException("decorative inline image '" + image.name()
                    + "' must not have alternative text");
        }
    }

    /** An informative inline picture. */
    public static InlineImage of(Image image, String alt) {
        return new InlineImage(image, alt, false);
    }

    /** A decorative inline picture: no alternative text, hidden from assistive technology. */
    public static InlineImage decorative(Image image) {
        return new InlineImage(image, "", true);
    }
}
