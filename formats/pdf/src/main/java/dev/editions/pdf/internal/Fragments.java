package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.BaseFont;

/**
 * Splits text into fragments by the font that can show each character, falling back from the
 * Liberation faces to installed fonts for the character's script and then to DejaVu Sans, and refuses text that no font can show: no character is ever
 * dropped silently. Right-to-left scripts are refused too, as the layout has no bidirectional
 * reordering or Arabic shaping.
 */
final class Fragments {
    private final FontSet fonts;
    private String where = "the document";

    Fragments(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Names the part of the document being laid out, for error messages. */
    void at(String place) {
        where = place;
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
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isRightToLeft(codePoint)) {
                throw rightToLeft(codePoint);
            }
            BaseFont font = fonts.forCodePoint(face, codePoint, tag == null ? null : tag.language());
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
            out.add(fragment(pending.toString(), pendingFont, size, color, tag, link));
        }
        return out;
    }

    private static Fragment fragment(String text, BaseFont font, float size, Color color, Tag tag, LinkTarget link) {
        return new Fragment(text, font, size, color, tag, link, font.getWidthPoint(text, size));
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private EditionsException rightToLeft(int codePoint) {
        return EditionsException.of("PDF edition", String.format(Locale.ROOT,
                "the character '%s' (U+%04X) in %s is right-to-left text, which the PDF edition cannot lay out"
                        + " yet (it would show in the wrong order and unjoined); the other editions can carry it",
                Character.toString(codePoint), codePoint, where));
    }

    private EditionsException missingGlyph(int codePoint, Face face) {
        String character = Character.isISOControl(codePoint) ? "" : "'" + Character.toString(codePoint) + "' ";
        return EditionsException.of("PDF edition", String.format(Locale.ROOT,
                "the character %s(U+%04X) in %s has no glyph in %s, in the fonts installed for its script or in %s;"
                        + " install %s, or replace or remove it",
                character, codePoint, where, face.familyName(), face.fallback().familyName(),
                ScriptFonts.debianPackage(codePoint)));
    }
}
