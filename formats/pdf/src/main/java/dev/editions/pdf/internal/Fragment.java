package dev.editions.pdf.internal;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text in one font, size, colour and structure element: the smallest piece the layout positions.
 *
 * @param text the characters
 * @param font the font that has a glyph for each of them
 * @param size the font size in points
 * @param color the text colour
 * @param tag the structure element the text belongs to
 * @param link the link the text belongs to, or {@code null}
 * @param width the advance width in points
 */
record Fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link, float width) {
    /** Whether {@code other} can be drawn as part of this fragment. */
    boolean sameLook(Fragment other) {
        return font == other.font && size == other.size && color.equals(other.color) && tag == other.tag
                && link == other.link;
    }

    /** The total width of {@code fragments}. */
    static float width(List<Fragment> fragments) {
        float width = 0;
        for (Fragment fragment : fragments) {
            width += fragment.width();
        }
        return width;
    }

    /** This fragment followed by {@code other}, which must have the same look. */
    Fragment join(Fragment other) {
        return new Fragment(text + other.text, font, size, color, tag, link, width + other.width);
    }
}
