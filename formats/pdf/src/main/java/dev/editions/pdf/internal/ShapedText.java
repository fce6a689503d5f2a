package dev.editions.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;

/**
 * Shows runs of shaped glyphs in one document's content streams by their glyph ids (the fonts are
 * Identity-H, so a code is a glyph id and the subset keeps exactly these glyphs): where a glyph is not
 * where the previous one's own advance leaves the pen (a mark, a kerned pair, the gap between two
 * words), a {@code TJ} displacement moves it; a glyph raised or lowered (a mark above or below its
 * letter) is shown with a text rise. A glyph the font's {@code cmap} does not reach (a conjunct, a
 * ligature, a vowel sign's variant) is given the character it comes from in the font's
 * {@code ToUnicode} map, as PDF/UA asks; the run's whole text is its {@code /ActualText}.
 *
 * <p>A run of right-to-left words ({@link GlyphRun#spans()}) is shown word by word, and space by
 * space, in logical order, each moved to its place ({@code Td}), each word wrapped in a {@code Span}
 * whose {@code /ActualText} is the word, all in one text object.
 *
 * <p>The first time a word is shown, OpenPDF writes its glyphs and so learns to embed them and their
 * widths; after that its glyphs are written here directly, which is much cheaper, and the operators
 * written for a word at a size are kept for the next time it is shown.
 */
final class ShapedText {
    /** Displacements smaller than this, in thousandths of the font size, are left out. */
    private static final float SLACK = 0.05f;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final byte[] END_SPAN = "EMC\n".getBytes(StandardCharsets.US_ASCII);
    /** The shaped words whose glyphs OpenPDF has written once, so that it embeds them. */
    private final Set<GlyphRun> known = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The operators last written for each shaped word shown directly, with the size they are for. */
    private final Map<GlyphRun, Operators> written = new IdentityHashMap<>();

    /** Shows {@code run} in {@code font} at {@code size} points from the current text position, inside a text object. */
    void show(PdfContentByte canvas, GlyphRun run, BaseFont font, float size) {
        if (run.spans()) {
            showSpans(canvas, run, font, size);
        } else if (isKnown(run)) {
            write(canvas, run, size);
        } else {
            learn(canvas, run, font);
            showThroughOpenPdf(canvas, run, size);
        }
    }

    private boolean isKnown(GlyphRun run) {
        if (run.layout() != null) {
            return known.contains(run);
        }
        for (GlyphRun part : run.parts()) {
            if (!known.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Completes the font's {@code ToUnicode} map for the glyphs of {@code run} and marks its words known. */
    private void learn(PdfContentByte canvas, GlyphRun run, BaseFont font) {
        if (run.layout() != null) {
            if (known.add(run)) {
                UnicodeMap.complete(canvas, font, run);
            }
            return;
        }
        run.parts().forEach(part -> learn(canvas, part, font));
    }

    private static void showThroughOpenPdf(PdfContentByte canvas, GlyphRun run, float size) {
        PdfGlyphArray array = new PdfGlyphArray();
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < run.glyphs().length; i++) {
            float y = run.ys()[i];
            if (y != rise) {
                if (!array.isEmpty()) {
                    canvas.showText(array);
                    array.clear();
                }
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
        if (!array.isEmpty()) {
            canvas.showText(array);
        }
        if (rise != 0) {
            // The rise is text state, kept across text objects.
            canvas.setTextRise(0);
        }
    }

    /**
     * Shows the right-to-left words of {@code run} and the spaces between them in logical order, each
     * at its place, each word with its text as {@code /ActualText}. Moves are rounded to hundredths
     * of a point and each is taken from where the previous one really left the line, so no rounding
     * adds up.
     */
    private void showSpans(PdfContentByte canvas, GlyphRun run, BaseFont font, float size) {
        ByteBuffer content = canvas.getInternalBuffer();
        StringBuilder move = new StringBuilder(16);
        long at = 0;
        int glyph = 0;
        for (GlyphRun word : run.parts()) {
            int count = word.glyphs().length;
            if (count > 0) {
                long place = Math.round((run.xs()[glyph] - word.xs()[0]) * size / 10.0);
                if (place != at) {
                    move.setLength(0);
                    content.append(number(move, (place - at) / 100f).append(" 0 Td\n").toString());
                    at = place;
                }
            }
            boolean space = word.text().isBlank();
            if (known.contains(word)) {
                Operators operators = operators(word, size);
                if (!space) {
                    content.append(operators.span());
                }
                content.append(operators.glyphs());
            } else {
                if (!space) {
                    content.append(span(word.text()));
                }
                learn(canvas, word, font);
                showThroughOpenPdf(canvas, word, size);
            }
            if (!space) {
                content.append(END_SPAN);
            }
            glyph += count;
        }
    }

    /** The operator that opens a {@code Span} marked-content sequence whose {@code /ActualText} is {@code text}, in UTF-16. */
    private static byte[] span(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4 + 32).append("/Span<</ActualText<FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex(out, text.charAt(i));
        }
        return out.append(">>>BDC\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the operators that show {@code run}; kept for a word, as a joined run is never shown again. */
    private void write(PdfContentByte canvas, GlyphRun run, float size) {
        if (run.layout() != null) {
            canvas.getInternalBuffer().append(operators(run, size).glyphs());
        } else {
            canvas.setLiteral(build(run, size));
        }
    }

    /** The operators that show the word {@code run} at {@code size}, as last written or written now. */
    private Operators operators(GlyphRun run, float size) {
        Operators kept = written.get(run);
        if (kept == null || kept.size() != size) {
            kept = new Operators(size, build(run, size).getBytes(StandardCharsets.US_ASCII), span(run.text()));
            written.put(run, kept);
        }
        return kept;
    }

    /** Writes the same operators as {@link #showThroughOpenPdf}, glyph ids as hexadecimal strings. */
    private static String build(GlyphRun run, float size) {
        StringBuilder out = new StringBuilder(run.glyphs().length * 6 + 16);
        out.append('[');
        boolean open = false;
        boolean empty = true;
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < run.glyphs().length; i++) {
            float y = run.ys()[i];
            if (y != rise) {
                if (!empty) {
                    out.append(open ? ">]TJ\n" : "]TJ\n");
                }
                number(out, y * size / 1000).append(" Ts\n[");
                open = false;
                empty = true;
                rise = y;
            }
            float shift = pen - run.xs()[i];
            if (Math.abs(shift) > SLACK) {
                if (open) {
                    out.append('>');
                    open = false;
                }
                number(out, shift);
            }
            if (!open) {
                out.append('<');
                open = true;
            }
            hex(out, run.glyphs()[i]);
            empty = false;
            pen = run.xs()[i] + run.advances()[i];
        }
        if (!empty) {
            out.append(open ? ">]TJ\n" : "]TJ\n");
        } else {
            out.setLength(out.length() - 1);
        }
        if (rise != 0) {
            out.append("0 Ts\n");
        }
        return out.toString();
    }

    /** Four hexadecimal digits of {@code value}, a glyph id or a UTF-16 code unit. */
    private static void hex(StringBuilder out, int value) {
        out.append(HEX[value >> 12 & 0xF]).append(HEX[value >> 8 & 0xF]).append(HEX[value >> 4 & 0xF])
                .append(HEX[value & 0xF]);
    }

    /** {@code value} with at most two decimals, as a PDF number. */
    private static StringBuilder number(StringBuilder out, float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out;
    }

    /**
     * The operators that show a word at a size, and the one that opens its span, in the bytes of the
     * content stream.
     */
    private record Operators(float size, byte[] glyphs, byte[] span) {
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
