package dev.editions.epub.internal;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a language, for the {@code dir} attributes of the publication. */
final class TextDirection {
    /** Languages written right to left, by primary subtag. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");
    /** Scripts written right to left, by script subtag. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg");

    private TextDirection() {
    }

    /** {@code rtl} or {@code ltr} for the BCP 47 tag {@code language}. */
    static String of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript()) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
