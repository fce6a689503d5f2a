package dev.editions.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/** Validation of BCP 47 language tags such as {@code en}, {@code en-GB} or {@code ru}. */
public final class LanguageTag {
    /** The tag for a language that is not known ("undetermined"). */
    public static final String UNDETERMINED = "und";
    /**
     * The longest tag accepted, in characters: room for language, script, region, variants and a
     * short extension, far beyond any tag in use (RFC 5646 asks for at least 35).
     */
    public static final int MAX_LENGTH = 64;

    private LanguageTag() {
    }

    /**
     * Checks that {@code tag} is a well-formed BCP 47 tag of at most {@link #MAX_LENGTH} characters
     * and returns it in canonical case.
     *
     * @throws IllegalArgumentException naming the tag when it is not well formed or too long
     */
    public static String require(String tag) {
        Objects.requireNonNull(tag, "language must not be null");
        if (tag.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the language tag '" + tag.strip().substring(0, 16) + "…' is "
                    + tag.strip().length() + " characters long; BCP 47 tags of at most " + MAX_LENGTH
                    + " characters are accepted (e.g. en, en-GB, fr)");
        }
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
