package dev.editions.pdf.internal;

import java.awt.Color;

/**
 * How a block's text looks before inline styles apply.
 *
 * @param bold whether the text is bold
 * @param italic whether the text is italic
 * @param size the font size in points
 * @param leading the distance between baselines in points
 * @param color the text colour
 */
record TextStyle(boolean bold, boolean italic, float size, float leading, Color color) {
    /** This style in bold. */
    TextStyle emboldened() {
        return new TextStyle(true, italic, size, leading, color);
    }
}
