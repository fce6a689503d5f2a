package dev.editions.pdf.internal;

import java.awt.font.GlyphVector;
import java.util.List;

/**
 * The glyphs a font's OpenType tables chose for a piece of text, left to right as they are drawn,
 * each with its place. Lengths are in thousandths of the font size, as PDF text space measures them.
 *
 * @param shaper the shaper of the font the glyphs belong to, which can shape other text in it
 * @param text the text the glyphs stand for, in logical order
 * @param rightToLeft whether the text was shaped right to left (its glyphs are then in visual order)
 * @param glyphs the glyph ids, left to right
 * @param xs where each glyph is drawn from the run's start
 * @param ys how far each glyph is raised above the baseline (lowered when negative): marks
 * @param advances each glyph's own advance, as the PDF's font widths give it
 * @param width the run's advance
 * @param layout the JDK's layout of the text, which tells the character each glyph comes from;
 *     {@code null} for runs joined from {@code parts}
 * @param parts the shaped words this run joins (with the gaps between them), or empty. Left-to-right
 *     words are joined left to right, and the run is shown with its text as one {@code /ActualText};
 *     right-to-left words and the spaces between them (the font's space glyphs) are joined in logical
 *     order, each one's glyphs together, and each word is shown with its own text as its
 *     {@code /ActualText} ({@link #spans()})
 */
record GlyphRun(Shaper shaper, String text, boolean rightToLeft, int[] glyphs, float[] xs, float[] ys,
        int[] advances, float width, GlyphVector layout, List<GlyphRun> parts) {

    /** Whether this run joins right-to-left words, each shown as a span with its own {@code /ActualText}. */
    boolean spans() {
        return layout == null && rightToLeft && !parts.isEmpty();
    }

    /** The run's advance at {@code size} points. */
    float width(float size) {
        return width * size / 1000;
    }

    /** {@code text} shaped in this run's font, in this run's direction. */
    GlyphRun reshaped(String other) {
        return shaper.shape(other, rightToLeft);
    }

    /** This run's text shaped right to left or left to right. */
    GlyphRun in(boolean rightToLeftOrder) {
        return rightToLeftOrder == rightToLeft ? this : shaper.shape(text, rightToLeftOrder);
    }
}
