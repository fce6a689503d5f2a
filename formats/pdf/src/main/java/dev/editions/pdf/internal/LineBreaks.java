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
    /**
     * The first character of a script written without spaces (a Bopomofo tone mark, in Unicode 16):
     * no character before it needs the script lookups, so Latin text skips them.
     */
    private static final int FIRST_UNSPACED = firstUnspaced();
    private static final CodePointTable UNSPACED = new CodePointTable(LineBreaks::lookUp);

    private LineBreaks() {
    }

    /**
     * For each index of {@code text}, whether a line may break before it; {@code null} when the text
     * has no character of such a script, so callers break at spaces only.
     *
     * @param language the text's language (a BCP 47 tag) or {@code null}
     */
    static boolean[] within(String text, String language) {
        if (!hasUnspaced(text)) {
            return null;
        }
        // The JDK breaks Thai words with a dictionary that only its Thai locale rules use.
        // Every Thai letter is in U+0E01 to U+0E5B.
        boolean thai = text.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B
                && UnicodeScript.of(c) == UnicodeScript.THAI);
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

    private static boolean hasUnspaced(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (unspaced(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** Whether {@code codePoint} belongs to a script written without spaces between words. */
    static boolean unspaced(int codePoint) {
        return codePoint >= FIRST_UNSPACED && UNSPACED.test(codePoint);
    }

    private static int firstUnspaced() {
        int codePoint = 0;
        while (!lookUp(codePoint)) {
            codePoint++;
        }
        return codePoint;
    }

    private static boolean lookUp(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, THAI, LAO, KHMER, MYANMAR -> true;
            default -> ScriptFonts.scriptOf(codePoint).equals("cjk") && !Character.isWhitespace(codePoint)
                    && script != UnicodeScript.HANGUL;
        };
    }
}
