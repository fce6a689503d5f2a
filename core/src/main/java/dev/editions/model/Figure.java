package dev.editions.model;

import java.util.List;
import java.util.Objects;

/**
 * An image with its text alternative and caption.
 *
 * <p>An informative figure needs alternative text; a decorative one has none and is hidden from
 * assistive technology.
 *
 * @param image the picture
 * @param alt the text alternative; empty only when {@code decorative}
 * @param caption the visible caption, possibly empty
 * @param decorative whether the figure carries no information
 */
public record Figure(Image image, String alt, List<Inline> caption, boolean decorative) implements Block {
    /** Checks that an informative figure has alternative text. */
    public Figure {
        Objects.requireNonNull(image, "figure image must not be null");
        alt = alt == null ? "" : alt.strip();
        caption = Check.list(caption, "figure caption");
        if (!decorative && alt.isEmpty()) {
            throw new IllegalArgumentException("figure '" + image.name()
                    + "' needs alternative text (or must be marked decorative)");
        }
        if (decorative && !alt.isEmpty()) {
            throw new IllegalArgumentException("decorative figure '" + image.name() + "' must not have alternative text");
        }
    }

    /** An informative figure. */
    public static Figure of(Image image, String alt, List<Inline> caption) {
        return new Figure(image, alt, caption, false);
    }

    /** A decorative figure: no alternative text, hidden from assistive technology. */
    public static Figure decorative(Image image, List<Inline> caption) {
        return new Figure(image, "", caption, true);
    }
}
