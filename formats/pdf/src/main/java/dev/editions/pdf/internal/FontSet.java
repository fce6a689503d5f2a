package dev.editions.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF, embedded as Identity-H subsets. A character is drawn in the report's own
 * face if it has the glyph, else in the first installed font for its script that has it (see
 * {@link ScriptFonts}), else in DejaVu Sans. The fonts are this document's alone until
 * {@link #release()}, as OpenPDF's font objects are not safe to share between threads, and then go
 * back to the {@link FontPool} for the next document; their files and indexes are shared.
 */
final class FontSet {
    /** The number of pages of 256 characters in Unicode. */
    private static final int PAGES = (Character.MAX_CODE_POINT + 1) >>> 8;
    /** What a page holds for a character no font has. */
    private static final Object NONE = new Object();
    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
    private final Map<Face, GlyphMetrics> faceMetrics = new EnumMap<>(Face.class);
    private final Map<BaseFont, GlyphMetrics> metrics = new IdentityHashMap<>();
    private final FontIndex installed;
    private final String language;
    private final Map<String, List<SfntFile.Face>> candidates = new HashMap<>();
    private final Map<SfntFile.Face, BaseFont> fallbacks = new LinkedHashMap<>();
    private final Map<BaseFont, Optional<Shaper>> shapers = new IdentityHashMap<>();
    /** For each face and language, the font of each character asked for, or {@link #NONE}, by pages of 256. */
    private final Map<Choice, Object[][]> chosen = new HashMap<>();
    private Face lastFace;
    private String lastLanguage;
    private Object[][] lastPages;

    /** Fonts without installed fallbacks: the bundled ones only. */
    FontSet() {
        this(FontIndex.of(List.of()), null);
    }

    /**
     * Fonts that fall back to those of {@code installed}.
     *
     * @param language the report's language (a BCP 47 tag, or {@code null}), which decides the
     *     Chinese, Japanese or Korean font for text not marked with another language
     */
    FontSet(FontIndex installed, String language) {
        this.installed = installed;
        this.language = language;
    }

    /** The font of {@code face}. */
    BaseFont get(Face face) {
        BaseFont font = fonts.get(face);
        if (font == null) {
            font = create(face);
            fonts.put(face, font);
        }
        return font;
    }

    /** Which characters {@code font} (one of this set's) has and how wide they are. */
    GlyphMetrics metrics(BaseFont font) {
        return metrics.computeIfAbsent(font, GlyphMetrics::new);
    }

    /** The font to draw {@code codePoint} in, in text of the report's language, or {@code null}. */
    BaseFont forCodePoint(Face face, int codePoint) {
        return forCodePoint(face, codePoint, language);
    }

    /**
     * The font to draw {@code codePoint} in: {@code face} if it has the glyph, else an installed font
     * for its script in text of {@code textLanguage}, else DejaVu Sans, else {@code null}.
     */
    BaseFont forCodePoint(Face face, int codePoint, String textLanguage) {
        GlyphMetrics main = faceMetrics.get(face);
        if (main == null) {
            main = metrics(get(face));
            faceMetrics.put(face, main);
        }
        if (main.exists(codePoint)) {
            return main.font();
        }
        // Finding a fallback names the script and searches the installed fonts: done once per character,
        // and the answer kept in pages of 256 characters.
        String inLanguage = textLanguage == null ? language : textLanguage;
        if (face != lastFace || !java.util.Objects.equals(inLanguage, lastLanguage)) {
            lastPages = chosen.computeIfAbsent(new Choice(face, inLanguage), c -> new Object[PAGES][]);
            lastFace = face;
            lastLanguage = inLanguage;
        }
        Object[] page = lastPages[codePoint >>> 8];
        if (page == null) {
            page = new Object[256];
            lastPages[codePoint >>> 8] = page;
        }
        Object font = page[codePoint & 0xFF];
        if (font == null) {
            font = fallback(face, codePoint, textLanguage);
            page[codePoint & 0xFF] = font == null ? NONE : font;
        }
        return font == NONE ? null : (BaseFont) font;
    }

    /** The font for {@code codePoint}, which {@code face} lacks. */
    private BaseFont fallback(Face face, int codePoint, String textLanguage) {
        boolean bold = face == Face.BOLD || face == Face.BOLD_ITALIC;
        String script = ScriptFonts.scriptOf(codePoint);
        String key = script + '|' + bold + '|' + (textLanguage == null ? language : textLanguage);
        for (SfntFile.Face candidate : candidates.computeIfAbsent(key,
                k -> resolve(script, bold, textLanguage == null ? language : textLanguage))) {
            if (installed.covers(candidate, codePoint)) {
                BaseFont font = fallbacks.computeIfAbsent(candidate, this::create);
                if (metrics(font).exists(codePoint)) {
                    return font;
                }
            }
        }
        BaseFont fallback = get(face.fallback());
        return metrics(fallback).exists(codePoint) ? fallback : null;
    }

    /**
     * The shaper of {@code font}, one of this set's fonts, which keeps what it shaped for this
     * document; {@code null} when the JDK cannot read the font's file.
     */
    Shaper shaper(BaseFont font) {
        return shapers.computeIfAbsent(font, f -> Optional.ofNullable(outlines(f)).map(Shaper::new)).orElse(null);
    }

    private java.awt.Font outlines(BaseFont font) {
        for (Map.Entry<Face, BaseFont> entry : fonts.entrySet()) {
            if (entry.getValue() == font) {
                return OpenTypeFonts.of(entry.getKey());
            }
        }
        for (Map.Entry<SfntFile.Face, BaseFont> entry : fallbacks.entrySet()) {
            if (entry.getValue() == font) {
                return OpenTypeFonts.of(entry.getKey());
            }
        }
        return null;
    }

    /** The installed fonts this document used so far, in the order first used. */
    List<SfntFile.Face> installedUsed() {
        return Collections.unmodifiableList(new ArrayList<>(fallbacks.keySet()));
    }

    /** Gives this set's fonts back for other documents: call once the PDF is written, or has failed. */
    void release() {
        fonts.forEach(FontPool::giveBack);
        fallbacks.forEach(FontPool::giveBack);
        fonts.clear();
        fallbacks.clear();
    }

    /** The folders searched for installed fonts. */
    List<java.nio.file.Path> folders() {
        return installed.folders();
    }

    private List<SfntFile.Face> resolve(String script, boolean bold, String textLanguage) {
        List<SfntFile.Face> faces = new ArrayList<>();
        for (String family : ScriptFonts.families(script, textLanguage)) {
            SfntFile.Face face = installed.find(family, bold);
            if (face != null) {
                faces.add(face);
            }
        }
        return faces;
    }

    private BaseFont create(SfntFile.Face face) {
        return prepared(FontPool.take(face, () -> read(face)), Face.values().length + fallbacks.size());
    }

    private static BaseFont read(SfntFile.Face face) {
        try {
            return BaseFont.createFont(face.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FontFiles.ofSmall(face.path()), null);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot load font " + face.openPdfName(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static BaseFont create(Face face) {
        return prepared(FontPool.take(face, () -> read(face)), face.ordinal());
    }

    private static BaseFont read(Face face) {
        try {
            return BaseFont.createFont(face.resource(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FontFiles.of(face), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + face.resource(), e);
        }
    }

    private static BaseFont prepared(BaseFont font, int seed) {
        // OpenPDF's CIDSet does not match the subset it writes, and PDF/A-2 does not need one.
        font.setIncludeCidSet(false);
        font.setSecureRandom(new SubsetTags(seed));
        return font;
    }

    /** A face in text of a language, for which fallback fonts were chosen. */
    private record Choice(Face face, String language) {
    }

    /**
     * The source of subset tags (the six letters before a subset font's name): seeded per font, so
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
