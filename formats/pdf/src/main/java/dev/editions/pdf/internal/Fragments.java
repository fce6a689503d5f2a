package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import dev.editions.model.Block;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.openpdf.text.pdf.BaseFont;

/**
 * Splits text into fragments by the font that can show each character, falling back from the
 * Liberation faces to installed fonts for the character's script and then to DejaVu Sans, and refuses
 * text that no font can show: no character is ever dropped silently. Text of a complex script is
 * shaped by its font's OpenType tables ({@link Shaper}); where the JDK cannot read the font, Arabic
 * letters are joined through their presentation forms instead ({@link ArabicShaping}). Lines are put
 * in visual order when painted ({@link BidiLine}).
 */
final class Fragments {
    private final FontSet fonts;
    /** The part of the document being laid out, described only when a message needs it. */
    private Supplier<String> where = () -> "the document";

    Fragments(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Names the part of the document being laid out, for error messages. */
    void at(String place) {
        where = () -> place;
    }

    /** Names block {@code index} of the document, {@code block}, as the part being laid out. */
    void at(int index, Block block) {
        where = () -> BlockLayout.describe(index, block);
    }

    /**
     * The fragments of {@code text} in {@code face}.
     *
     * @throws EditionsException naming the character and where it is when no font has its glyph
     */
    List<Fragment> of(String text, Face face, float size, Color color, Tag tag, LinkTarget link) {
        BaseFont only = onlyFont(text, face, tag);
        if (only != null) {
            return List.of(fragment(text, only, size, color, tag, link));
        }
        List<Fragment> out = new ArrayList<>(1);
        StringBuilder pending = new StringBuilder();
        BaseFont pendingFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            BaseFont font = fonts.forCodePoint(face, codePoint, tag == null ? null : tag.language());
            if (font == null && GlyphCoverage.invisible(codePoint)) {
                // A variation selector or joiner no font draws (emoji written with U+FE0F) shows nothing.
                i += Character.charCount(codePoint);
                continue;
            }
            if (font == null) {
                throw missingGlyph(codePoint, face);
            }
            if (font != pendingFont && !pending.isEmpty()) {
                out.add(fragment(pending.toString(), pendingFont, size, color, tag, link));
                pending.setLength(0);
            }
            pendingFont = font;
            pending.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!pending.isEmpty()) {
            // Most text is one fragment of all its characters: it needs no copy.
            String last = out.isEmpty() && pending.length() == text.length() ? text : pending.toString();
            out.add(fragment(last, pendingFont, size, color, tag, link));
        }
        return out;
    }

    /**
     * The font of every character of {@code text} when it is one font and no character is left out
     * (most text, and every character of Chinese or Japanese, which is a word of its own); else
     * {@code null}.
     */
    private BaseFont onlyFont(String text, Face face, Tag tag) {
        String language = tag == null ? null : tag.language();
        BaseFont only = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            BaseFont font = fonts.forCodePoint(face, codePoint, language);
            if (font == null || only != null && font != only) {
                return null;
            }
            only = font;
            i += Character.charCount(codePoint);
        }
        return only;
    }

    /** {@code text} in {@code font}: shaped when it is of a complex script. */
    private Fragment fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link) {
        if (Shaper.wanted(text)) {
            Shaper shaper = fonts.shaper(font);
            if (shaper != null) {
                return new Fragment(shaper.shape(text), font, size, color, tag, link);
            }
        }
        String drawn = ArabicShaping.applies(text) ? joined(text, font) : text;
        return new Fragment(drawn, font, size, color, tag, link, fonts.metrics(font).widthPoint(drawn, size));
    }

    /** The joined forms of {@code text}, keeping a letter as it is where {@code font} has no joined form. */
    private static String joined(String text, BaseFont font) {
        String shaped = ArabicShaping.shape(text);
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            out.append(font.charExists(c) ? String.valueOf(c) : ArabicShaping.unshape(String.valueOf(c)));
        }
        return out.toString();
    }

    private EditionsException missingGlyph(int codePoint, Face face) {
        String character = Character.isISOControl(codePoint) ? "" : "'" + Character.toString(codePoint) + "' ";
        return EditionsException.of("PDF edition", String.format(Locale.ROOT,
                "the character %s(U+%04X) in %s has no glyph in %s, in the fonts installed for its script or in %s;"
                        + " install %s, or replace or remove it",
                character, codePoint, where.get(), face.familyName(), face.fallback().familyName(),
                ScriptFonts.debianPackage(codePoint)));
    }
}
