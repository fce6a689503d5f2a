package dev.editions.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's view of the font files the PDF embeds, for shaping ({@link Shaper}): loaded once per JVM
 * and shared, as {@link Font}s are immutable. A file the JDK cannot read is simply not shaped.
 */
final class OpenTypeFonts {
    /** The size fonts are shaped at: lengths then come in thousandths of the em. */
    private static final float SIZE = 1000;
    private static final Map<Object, Optional<Font>> FONTS = new ConcurrentHashMap<>();

    private OpenTypeFonts() {
    }

    /** The bundled font of {@code face}, or {@code null} when the JDK cannot read it. */
    static Font of(Face face) {
        return FONTS.computeIfAbsent(face, key -> load(() -> Font.createFont(Font.TRUETYPE_FONT,
                new ByteArrayInputStream(FontFiles.of(face))))).orElse(null);
    }

    /** The installed font {@code face}, or {@code null} when the JDK cannot read it. */
    static Font of(SfntFile.Face face) {
        return FONTS.computeIfAbsent(face, key -> load(() -> {
            Font[] faces = Font.createFonts(face.path().toFile());
            return faces[Math.min(face.index(), faces.length - 1)];
        })).orElse(null);
    }

    private static Optional<Font> load(FontSource source) {
        try {
            return Optional.of(source.read().deriveFont(SIZE));
        } catch (IOException | FontFormatException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Reads a font file. */
    @FunctionalInterface
    private interface FontSource {
        Font read() throws IOException, FontFormatException;
    }
}
