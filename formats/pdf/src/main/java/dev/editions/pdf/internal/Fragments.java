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
 * text that no font can show: no character is ever dropped silently. Arabic letters are first joined
 * ({@link ArabicShaping}); lines are put in visual order when painted ({@link BidiLine}).
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
        List<Fragment> out = new ArrayList<>(1);
        StringBuilder pending = new StringBuilder();
        BaseFont pendingFont = null;
        String shaped = ArabicShaping.applies(text) ? shapedWithGlyphs(text, face, tag) : text;
        for (int i = 0; i < shaped.length(); ) {
            int codePoint = shaped.codePointAt(i);
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
            String last = out.isEmpty() && pending.length() == shaped.length() ? shaped : pending.toString();
            out.add(fragment(last, pendingFont, size, color, tag, link));
        }
        return out;
    }

    /** The joined forms of {@code text}, keeping a letter as it is where no font has its joined form. */
    private String shapedWithGlyphs(String text, Face face, Tag tag) {
        String shaped = ArabicShaping.shape(text);
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            boolean drawable = fonts.forCodePoint(face, c, tag == null ? null : tag.language()) != null;
            out.append(drawable ? String.valueOf(c) : ArabicShaping.unshape(String.valueOf(c)));
        }
        return out.toString();
    }

    private Fragment fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link) {
        return new Fragment(text, font, size, color, tag, link, fonts.metrics(font).widthPoint(text, size));
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
