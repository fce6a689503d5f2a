package dev.editions.pdf.internal;

import dev.editions.text.WritingDirection;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes text in one font through the font's OpenType tables, as the JDK's own text layout does
 * (HarfBuzz): the vowel sign drawn before its consonant, conjuncts, joined Arabic letters and their
 * ligatures, marks placed on their letters. Each word shaped is kept for the document, so a word
 * met again costs a look-up. Only fonts and glyph vectors are used, never a display.
 */
final class Shaper {
    /** Scripts whose letters change shape or order with their neighbours, or carry marks placed by the font. */
    private static final Set<UnicodeScript> COMPLEX = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.TIBETAN,
            UnicodeScript.MYANMAR, UnicodeScript.KHMER);
    /** The first character of a complex script's block (Hebrew); every character before it is simple. */
    private static final char FIRST_COMPLEX = '\u0590';
    private static final CodePointTable NEEDS_SHAPING = new CodePointTable(c -> COMPLEX.contains(UnicodeScript.of(c)));
    /** Unhinted, with fractional advances: the outlines' own metrics, as the PDF draws them. */
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, false, true);
    /** Glyph codes the JDK gives for characters drawn as nothing (joiners). */
    private static final int INVISIBLE = 0xFFFE;

    private final Font font;
    private final Map<String, GlyphRun> leftToRight = new HashMap<>();
    private final Map<String, GlyphRun> rightToLeft = new HashMap<>();
    private final int[] advances;

    /** @param font the font, at 1000 points so that lengths come in thousandths of the font size */
    Shaper(Font font) {
        this.font = font;
        advances = new int[font.getNumGlyphs()];
        Arrays.fill(advances, -1);
    }

    /** Whether {@code text} has a character of a script that needs shaping. */
    static boolean wanted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_COMPLEX && NEEDS_SHAPING.test(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} shaped in its own direction. */
    GlyphRun shape(String text) {
        return shape(text, WritingDirection.ofText(text).map(WritingDirection::rightToLeft).orElse(false));
    }

    /** {@code text} shaped right to left (its glyphs come in visual order) or left to right. */
    GlyphRun shape(String text, boolean rightToLeftOrder) {
        Map<String, GlyphRun> shaped = rightToLeftOrder ? rightToLeft : leftToRight;
        GlyphRun run = shaped.get(text);
        if (run == null) {
            run = layout(text, rightToLeftOrder);
            shaped.put(text, run);
        }
        return run;
    }

    private GlyphRun layout(String text, boolean rightToLeftOrder) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length,
                rightToLeftOrder ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int kept = 0;
        for (int code : codes) {
            kept += code >= INVISIBLE ? 0 : 1;
        }
        int[] glyphs = new int[kept];
        float[] xs = new float[kept];
        float[] ys = new float[kept];
        int[] own = new int[kept];
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (codes[i] >= INVISIBLE) {
                continue;
            }
            glyphs[at] = codes[i];
            xs[at] = positions[2 * i];
            // The JDK measures y downwards; PDF upwards.
            ys[at] = -positions[2 * i + 1];
            own[at] = advance(codes[i]);
            at++;
        }
        return new GlyphRun(this, text, rightToLeftOrder, glyphs, xs, ys, own, positions[2 * count], vector,
                List.of());
    }

    /**
     * The glyph's own advance as OpenPDF writes it in the font's widths: the {@code hmtx} advance in
     * thousandths of the em, rounded down.
     */
    private int advance(int glyph) {
        if (glyph >= advances.length) {
            return 0;
        }
        if (advances[glyph] < 0) {
            float own = font.createGlyphVector(UNHINTED, new int[] {glyph}).getGlyphMetrics(0).getAdvanceX();
            advances[glyph] = (int) Math.floor(own + 1e-3f);
        }
        return advances[glyph];
    }
}
