package dev.editions.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/** Validation of BCP 47 language tags such as {@code en}, {@code en-GB} or {@code ru}. */
public final class LanguageTag {
    /** The tag for a language that is not known ("undetermined"). */
    public static final String UNDETERMINED = "und";

    private LanguageTag() {
    }

    /**
     * Checks that {@code tag} is a well-formed BCP 47 tag and returns it in canonical case.
     *
     * @throws IllegalArgumentException naming the tag when it is not well formed
     */
    public static String require(String tag) {
        Objects.requireNonNull(tag, "language must not be null");
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String canonical = locale.toLanguageTag();
            if (canonical.isEmpty() || "und".equals(canonical) && !"und".equalsIgnoreCase(tag.strip())) {
                throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag (e.g. en, en-GB, fr)");
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a well-formed BCP 47 language tag (e.g. en, en-GB, fr)", e);
        }
    }

    /** Whether {@code tag} is well formed. */
    public static boolean isWellFormed(String tag) {
        try {
            require(tag);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
