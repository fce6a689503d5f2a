package dev.editions.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The direction a language or a stretch of text is written in, as every edition lays it out. */
public enum WritingDirection {
    /** Left to right, as Latin, Greek, Cyrillic or Chinese are written. */
    LEFT_TO_RIGHT,
    /** Right to left, as Arabic, Hebrew, Persian, Urdu or Yiddish are written. */
    RIGHT_TO_LEFT;

    /** Languages written right to left, by primary subtag (when the tag names no script). */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw",
            "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");
    /** Scripts written right to left, by script subtag. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm",
            "Rohg");

    /**
     * The direction of the BCP 47 tag {@code language}: its script subtag decides when it has one
     * ({@code az-Arab} is right to left, {@code ku-Latn} left to right), else its primary language.
     * Unknown and undetermined languages are left to right.
     */
    public static WritingDirection ofLanguage(String language) {
        if (language == null || language.isBlank()) {
            return LEFT_TO_RIGHT;
        }
        Locale locale = Locale.forLanguageTag(language.strip());
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript()) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    /**
     * The direction of {@code text} by its first strong character, as the Unicode bidirectional
     * algorithm finds a paragraph's base direction; empty when it has none (digits, punctuation).
     */
    public static Optional<WritingDirection> ofText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getDirectionality(text.charAt(i))) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return Optional.of(LEFT_TO_RIGHT);
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return Optional.of(RIGHT_TO_LEFT);
                default:
                    break;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds a right-to-left character (Hebrew, Arabic, …). */
    public static boolean holdsRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** Whether this is {@link #RIGHT_TO_LEFT}. */
    public boolean rightToLeft() {
        return this == RIGHT_TO_LEFT;
    }

    /** The value of an HTML {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String html() {
        return rightToLeft() ? "rtl" : "ltr";
    }
}
