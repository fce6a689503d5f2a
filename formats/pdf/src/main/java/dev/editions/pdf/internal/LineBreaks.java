package dev.editions.pdf.internal;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a line may break inside text written without spaces between words: between Chinese and
 * Japanese characters (never before closing punctuation or small kana, never after opening
 * punctuation) and between Thai, Lao, Khmer or Myanmar words, as {@link BreakIterator}'s line
 * rules for the text's language say.
 */
final class LineBreaks {
    /** The first character of such a script (Thai); every script before it puts spaces between words. */
    private static final int FIRST_UNSPACED = 0x0E00;

    private LineBreaks() {
    }

    /**
     * For each index of {@code text}, whether a line may break before it; {@code null} when the text
     * has no character of such a script, so callers break at spaces only.
     *
     * @param language the text's language (a BCP 47 tag) or {@code null}
     */
    static boolean[] within(String text, String language) {
        if (text.codePoints().noneMatch(LineBreaks::unspaced)) {
            return null;
        }
        // The JDK breaks Thai words with a dictionary that only its Thai locale rules use.
        boolean thai = text.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.THAI);
        Locale locale = thai ? Locale.forLanguageTag("th") : language == null ? Locale.ROOT : Locale.forLanguageTag(language);
        BreakIterator lines = BreakIterator.getLineInstance(locale);
        lines.setText(text);
        boolean[] breaks = new boolean[text.length()];
        for (int at = lines.following(0); at != BreakIterator.DONE && at < text.length(); at = lines.next()) {
            int before = text.codePointBefore(at);
            int after = text.codePointAt(at);
            boolean space = Character.isWhitespace(before) || Character.isWhitespace(after);
            if (!space && (unspaced(before) || unspaced(after))) {
                breaks[at] = true;
            }
        }
        return breaks;
    }

    /** Whether {@code codePoint} belongs to a script written without spaces between words. */
    static boolean unspaced(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, THAI, LAO, KHMER, MYANMAR -> true;
            default -> ScriptFonts.scriptOf(codePoint).equals("cjk") && !Character.isWhitespace(codePoint)
                    && script != UnicodeScript.HANGUL;
        };
    }
}
