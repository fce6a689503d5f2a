package dev.editions.pdf.internal;

import java.util.Arrays;
import org.openpdf.text.pdf.BaseFont;

/**
 * Which characters one font has and how wide they are, asked of OpenPDF once per character and then
 * kept in arrays: laying out a report asks again for every character of every word. Widths add up
 * per character exactly as {@link BaseFont#getWidthPoint(String, float)} adds them for a Unicode
 * TrueType or OpenType font written horizontally; for any other font each question goes to the font.
 */
final class GlyphMetrics {
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int MISSING = Integer.MIN_VALUE + 1;
    private static final int PAGE_BITS = 8;
    private static final int PAGE = (1 << PAGE_BITS) - 1;

    private final BaseFont font;
    private final boolean kept;
    private final int[][] pages = new int[(Character.MAX_CODE_POINT >> PAGE_BITS) + 1][];

    GlyphMetrics(BaseFont font) {
        this.font = font;
        this.kept = font.getFontType() == BaseFont.FONT_TYPE_TTUNI && !font.isFontSpecific()
                && BaseFont.IDENTITY_H.equals(font.getEncoding());
    }

    /** The font measured. */
    BaseFont font() {
        return font;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean exists(int codePoint) {
        return kept ? metric(codePoint) != MISSING : font.charExists(codePoint);
    }

    /** The advance width of {@code text} at {@code size} points, as the font gives it. */
    float widthPoint(String text, float size) {
        if (!kept) {
            return font.getWidthPoint(text, size);
        }
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int metric = metric(codePoint);
            total += metric == MISSING ? 0 : metric;
            i += Character.charCount(codePoint);
        }
        return total * 0.001f * size;
    }

    private int metric(int codePoint) {
        int[] page = pages[codePoint >> PAGE_BITS];
        if (page == null) {
            page = new int[PAGE + 1];
            Arrays.fill(page, UNKNOWN);
            pages[codePoint >> PAGE_BITS] = page;
        }
        int metric = page[codePoint & PAGE];
        if (metric == UNKNOWN) {
            metric = font.charExists(codePoint) ? font.getWidth(codePoint) : MISSING;
            page[codePoint & PAGE] = metric;
        }
        return metric;
    }
}
