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
 * @param rise how far the text sits above the baseline in points (below when negative): superscript
 *     and subscript
 * @param struck whether a line is drawn through the text
 * @param picture the picture drawn instead of text (a picture in the line), or {@code null}; its
 *     element is {@code tag} ({@code Figure}), or it is an artifact when {@code tag} is {@code null}
 * @param glyphs the glyphs the font's OpenType tables chose for the text, drawn instead of the
 *     characters' own glyphs (complex scripts), or {@code null}
 */
record Fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link, float width,
        float rise, boolean struck, InlinePicture picture, GlyphRun glyphs) {
    /** Text on the baseline, not struck through. */
    Fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link, float width) {
        this(text, font, size, color, tag, link, width, 0, false, null);
    }

    /** Text, raised by {@code rise} and struck through or not. */
    Fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link, float width,
            float rise, boolean struck) {
        this(text, font, size, color, tag, link, width, rise, struck, null);
    }

    /** Text drawn in its characters' own glyphs, or a picture. */
    Fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link, float width,
            float rise, boolean struck, InlinePicture picture) {
        this(text, font, size, color, tag, link, width, rise, struck, picture, null);
    }

    /** Shaped text on the baseline, not struck through. */
    Fragment(GlyphRun glyphs, BaseFont font, float size, Color color, Tag tag, LinkTarget link) {
        this(glyphs.text(), font, size, color, tag, link, glyphs.width(size), 0, false, null, glyphs);
    }

    /** Whether {@code other} can be drawn as part of this fragment. */
    boolean sameLook(Fragment other) {
        return picture == null && other.picture == null && font == other.font && size == other.size
                && color.equals(other.color) && tag == other.tag && link == other.link && rise == other.rise
                && struck == other.struck;
    }

    /** The total width of {@code fragments}. */
    static float width(List<Fragment> fragments) {
        float width = 0;
        for (Fragment fragment : fragments) {
            width += fragment.width();
        }
        return width;
    }

    /** This fragment followed by {@code other}, which must have the same look; shaped anew when either is shaped. */
    Fragment join(Fragment other) {
        GlyphRun shaped = glyphs != null ? glyphs : other.glyphs;
        if (shaped != null) {
            return reshaped(shaped.reshaped(text + other.text));
        }
        return new Fragment(text + other.text, font, size, color, tag, link, width + other.width, rise, struck);
    }

    /** The characters from {@code start} to {@code end} in this fragment's look, shaped anew when this is shaped. */
    Fragment slice(int start, int end) {
        if (picture != null) {
            return this;
        }
        String part = text.substring(start, end);
        if (glyphs != null) {
            return reshaped(glyphs.reshaped(part));
        }
        return new Fragment(part, font, size, color, tag, link, font.getWidthPoint(part, size), rise, struck);
    }

    /** This fragment shaped right to left or left to right; itself when it is not shaped. */
    Fragment shapedIn(boolean rightToLeft) {
        return glyphs == null || glyphs.rightToLeft() == rightToLeft ? this : reshaped(glyphs.in(rightToLeft));
    }

    /** This fragment raised by {@code by} points and struck through or not. */
    Fragment placed(float by, boolean strike) {
        if (by == rise && strike == struck) {
            return this;
        }
        return new Fragment(text, font, size, color, tag, link, width, by, strike, picture, glyphs);
    }

    private Fragment reshaped(GlyphRun run) {
        return new Fragment(run.text(), font, size, color, tag, link, run.width(size), rise, struck, null, run);
    }
}
