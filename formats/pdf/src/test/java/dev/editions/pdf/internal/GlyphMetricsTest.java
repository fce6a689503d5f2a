package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

/**
 * The widths and glyphs kept per font, and the shortcuts that skip script lookups, give exactly what
 * asking OpenPDF and the JDK each time gives.
 */
class GlyphMetricsTest {
    private static final List<String> TEXTS = List.of("", "plain words", "Zürich, naïve — “quoted” 42 %",
            "emoji \uD83D\uDE00 and a lone \uD800 surrogate", "東京 and السلام and ไทย", "\uFFFC\u00AD\u200B");

    @Test
    void everyFaceAnswersAsItsFontDoes() {
        FontSet fonts = new FontSet();
        for (Face face : Face.values()) {
            BaseFont font = fonts.get(face);
            GlyphMetrics metrics = fonts.metrics(font);
            for (int c = 0; c <= 0x2FFFF; c++) {
                int codePoint = c;
                assertEquals(font.charExists(c), metrics.exists(c), () -> face + " has U+" + Integer.toHexString(codePoint));
            }
            for (String text : TEXTS) {
                for (float size : new float[] {5.5f, 10, 11.3f, 24}) {
                    assertEquals(Float.floatToIntBits(font.getWidthPoint(text, size)),
                            Float.floatToIntBits(metrics.widthPoint(text, size)), () -> face + " width of " + text);
                }
            }
        }
    }

    @Test
    void theWidthComparisonSeesADifference() {
        FontSet fonts = new FontSet();
        GlyphMetrics metrics = fonts.metrics(fonts.get(Face.REGULAR));
        assertNotEquals(Float.floatToIntBits(fonts.get(Face.BOLD).getWidthPoint("plain words", 10)),
                Float.floatToIntBits(metrics.widthPoint("plain words", 10)));
    }

    @Test
    void theFirstCharactersOfUnspacedScriptsAreFound() {
        assertFalse(LineBreaks.unspaced('a'));
        assertFalse(LineBreaks.unspaced('é'));
        assertEquals(true, LineBreaks.unspaced(0x02EA), "a Bopomofo tone mark among the Latin modifier letters");
        assertEquals(true, LineBreaks.unspaced('ก'));
        assertEquals(true, LineBreaks.unspaced('中'));
        assertNull(LineBreaks.within("Ελληνικά and plain words", "en"));
        assertEquals(true, LineBreaks.within("tone \u02EA mark", null) != null);
    }

    @Test
    void noCharacterBeforeTheArabicBlockIsShaped() {
        for (char c = 0; c < 0x0600; c++) {
            String text = String.valueOf(c);
            assertEquals(text, ArabicShaping.shape(text), () -> "U+" + Integer.toHexString(text.charAt(0)));
        }
        assertEquals(true, ArabicShaping.applies("ب"));
    }
}
