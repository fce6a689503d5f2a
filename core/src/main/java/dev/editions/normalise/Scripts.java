package dev.editions.normalise;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language of text written mostly in a script other than Latin, from its characters: kana with
 * or without Han is Japanese, Hangul Korean, Han alone Chinese; Arabic, Hebrew, Thai, Greek,
 * Georgian, Armenian and Devanagari each name their language; Cyrillic is Ukrainian, Serbian,
 * Bulgarian or Russian by the letters and common words only each has.
 */
final class Scripts {
    private static final Map<UnicodeScript, String> SINGLE = Map.of(UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW,
            "he", UnicodeScript.THAI, "th", UnicodeScript.GREEK, "el", UnicodeScript.GEORGIAN, "ka",
            UnicodeScript.ARMENIAN, "hy", UnicodeScript.DEVANAGARI, "hi", UnicodeScript.HANGUL, "ko");
    private static final Pattern UKRAINIAN = Pattern.compile("[іїєґІЇЄҐ]");
    private static final Pattern SERBIAN = Pattern.compile("[ђћџљњјЂЋЏЉЊЈ]");
    private static final Pattern RUSSIAN = Pattern.compile("[ыэёЫЭЁ]");
    private static final Pattern BULGARIAN_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:на|се|са|съм|това|тези|във|със|ще|най)(?!\\p{L})");

    private Scripts() {
    }

    /** The language the letters of {@code text} show, when most of them are in a script other than Latin. */
    static Optional<String> language(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        int latin = counts.getOrDefault(UnicodeScript.LATIN, 0);
        if (letters == 0 || latin * 2 >= letters) {
            return Optional.empty();
        }
        int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
        int han = counts.getOrDefault(UnicodeScript.HAN, 0);
        if (kana > 0 && kana * 10 >= kana + han) {
            return Optional.of("ja");
        }
        UnicodeScript main = counts.entrySet().stream().filter(e -> e.getKey() != UnicodeScript.LATIN)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        if (main == UnicodeScript.HAN) {
            return Optional.of("zh");
        }
        if (main == UnicodeScript.CYRILLIC) {
            return Optional.of(cyrillic(text));
        }
        return Optional.ofNullable(SINGLE.get(main));
    }

    private static String cyrillic(String text) {
        if (UKRAINIAN.matcher(text).find() && !RUSSIAN.matcher(text).find()) {
            return "uk";
        }
        if (SERBIAN.matcher(text).find()) {
            return "sr";
        }
        if (!RUSSIAN.matcher(text).find() && BULGARIAN_WORDS.matcher(text).results().count() >= 2) {
            return "bg";
        }
        return "ru";
    }
}
