package dev.editions.pdf.internal;

import java.awt.Color;

/** The sizes, spacing and colours of the PDF edition, in points. */
final class Typography {
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x4D, 0x4D, 0x4D);
    static final Color LINK = new Color(0x0B, 0x4F, 0x9C);
    static final Color RULE = new Color(0x99, 0x99, 0x99);
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);

    static final TextStyle BODY = new TextStyle(false, false, 10.5f, 15f, TEXT);
    static final TextStyle TITLE = new TextStyle(true, false, 24f, 30f, TEXT);
    static final TextStyle SUBTITLE = new TextStyle(false, false, 15f, 20f, MUTED);
    static final TextStyle BYLINE = new TextStyle(false, false, 11f, 15f, MUTED);
    static final TextStyle CAPTION = new TextStyle(false, true, 9.5f, 13f, MUTED);
    static final TextStyle CELL = new TextStyle(false, false, 9.5f, 12.5f, TEXT);
    static final TextStyle CODE = new TextStyle(false, false, 9f, 12.5f, TEXT);
    static final TextStyle RUNNING = new TextStyle(false, false, 8.5f, 11f, MUTED);

    /** How much smaller code is than the text around it. */
    static final float CODE_SCALE = 0.92f;
    static final float PARAGRAPH_GAP = 7f;
    static final float LIST_INDENT = 18f;
    static final float QUOTE_INDENT = 18f;
    static final float CELL_PADDING = 4f;
    static final float RULE_WIDTH = 0.5f;
    /** The tallest a figure may be, as a share of the text area's height. */
    static final float FIGURE_MAX_HEIGHT = 0.6f;

    private Typography() {
    }

    /** The style of a heading of {@code level} (1 to 6). */
    static TextStyle heading(int level) {
        float[] sizes = {19f, 15.5f, 13f, 11.5f, 10.5f, 10.5f};
        float size = sizes[level - 1];
        return new TextStyle(true, level == 6, size, size * 1.3f, TEXT);
    }

    /** The space above a heading of {@code level}. */
    static float headingGapAbove(int level) {
        return level <= 2 ? 16f : 11f;
    }
}
