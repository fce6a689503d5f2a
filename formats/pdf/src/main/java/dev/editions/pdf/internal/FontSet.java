package dev.editions.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF, embedded as Identity-H subsets. Fonts are created per document because
 * OpenPDF's font objects are not safe to share between threads; their files are shared.
 */
final class FontSet {
    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

    /** The font of {@code face}. */
    BaseFont get(Face face) {
        return fonts.computeIfAbsent(face, FontSet::create);
    }

    /**
     * The font to draw {@code codePoint} in: {@code face} if it has the glyph, else its fallback, else
     * {@code null}.
     */
    BaseFont forCodePoint(Face face, int codePoint) {
        BaseFont main = get(face);
        if (main.charExists(codePoint)) {
            return main;
        }
        BaseFont fallback = get(face.fallback());
        return fallback.charExists(codePoint) ? fallback : null;
    }

    private static BaseFont create(Face face) {
        try {
            BaseFont font = BaseFont.createFont(face.resource(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FontFiles.of(face), null);
            // OpenPDF's CIDSet does not match the subset it writes, and PDF/A-2 does not need one.
            font.setIncludeCidSet(false);
            font.setSecureRandom(new SubsetTags(face.ordinal()));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + face.resource(), e);
        }
    }

    /**
     * The source of subset tags (the six letters before a subset font's name): seeded per face, so
     * the same document gives the same bytes.
     */
    private static final class SubsetTags extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient SplittableRandom random;

        SubsetTags(int seed) {
            random = new SplittableRandom(0x5EED_0000L + seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
