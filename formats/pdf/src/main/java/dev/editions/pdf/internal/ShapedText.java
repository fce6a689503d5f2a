package dev.editions.pdf.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;

/**
 * Shows runs of shaped glyphs in one document's content streams by their glyph ids (the fonts are
 * Identity-H, so a code is a glyph id and the subset keeps exactly these glyphs): where a glyph is not
 * where the previous one's own advance leaves the pen (a mark, a kerned pair), a {@code TJ}
 * displacement moves it; a glyph raised or lowered (a mark above or below its letter) is shown with a
 * text rise. A glyph the font's {@code cmap} does not reach (a conjunct, a ligature, a vowel sign's
 * variant) is given the character it comes from in the font's {@code ToUnicode} map, as PDF/UA
 * asks; the run's whole text is its {@code /ActualText}.
 */
final class ShapedText {
    /** Displacements smaller than this, in thousandths of the font size, are left out. */
    private static final float SLACK = 0.05f;
    private final Set<GlyphRun> mapped = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Shows {@code run} in {@code font} at {@code size} points from the current text position, inside a text object. */
    void show(PdfContentByte canvas, GlyphRun run, BaseFont font, float size) {
        map(canvas, run, font);
        PdfGlyphArray array = new PdfGlyphArray();
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < run.glyphs().length; i++) {
            float y = run.ys()[i];
            if (y != rise) {
                flush(canvas, array);
                canvas.setTextRise(y * size / 1000);
                rise = y;
            }
            float shift = pen - run.xs()[i];
            if (Math.abs(shift) > SLACK) {
                array.add(shift);
            }
            array.add(run.glyphs()[i]);
            pen = run.xs()[i] + run.advances()[i];
        }
        flush(canvas, array);
        if (rise != 0) {
            // The rise is text state, kept across text objects.
            canvas.setTextRise(0);
        }
    }

    /** Completes the font's {@code ToUnicode} map for the glyphs of {@code run} the first time it is shown. */
    private void map(PdfContentByte canvas, GlyphRun run, BaseFont font) {
        if (mapped.add(run)) {
            if (run.layout() != null) {
                UnicodeMap.complete(canvas, font, run);
            }
            run.parts().forEach(part -> map(canvas, part, font));
        }
    }

    private static void flush(PdfContentByte canvas, PdfGlyphArray array) {
        if (!array.isEmpty()) {
            canvas.showText(array);
            array.clear();
        }
    }

    /**
     * Reaches OpenPDF's completion of a font's {@code ToUnicode} map from a glyph layout, which it
     * offers to its glyph layout managers.
     */
    private static final class UnicodeMap extends GlyphLayoutManager {
        private UnicodeMap() {
            // Never made: only the inherited static method is used.
        }

        static void complete(PdfContentByte canvas, BaseFont font, GlyphRun run) {
            completeCmap(canvas, font, run.text(), run.layout());
        }
    }
}
