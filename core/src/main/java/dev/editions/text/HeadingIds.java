package dev.editions.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules that turn a heading into its anchor id. The id follows GitHub's rule, so an author can
 * guess it in any script: the text in lower case, letters (accented or not, of any script), digits,
 * {@code _} and {@code -} kept, other punctuation dropped, each space a hyphen ({@code ## Méta} is
 * {@code méta}, {@code ## Résumé & Results} is {@code résumé--results}, {@code ## Итоги} is
 * {@code итоги}). Every id is also a valid XML name (NCName), as EPUB and XHTML need: characters an
 * XML name cannot hold are dropped, and an id that would start with a digit or hyphen starts with
 * {@code h-} ({@code ## 2024} is {@code h-2024}).
 */
public final class HeadingIds {
    /** The id of a heading whose text gives no letter or digit. */
    public static final String EMPTY = "section";
    /** What precedes an id that would not start with a letter or underscore. */
    public static final String PREFIX = "h-";

    private HeadingIds() {
    }

    /** GitHub's anchor for a heading of text {@code text} (before repeats are numbered). */
    public static String github(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)
                    || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                    || Character.getType(c) == Character.LETTER_NUMBER
                    || Character.getType(c) == Character.OTHER_NUMBER) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /**
     * {@code base} (a GitHub anchor or an id the author gave) as a valid XML name: characters no XML
     * name holds are dropped, {@link #PREFIX} goes before a first character that may not start one,
     * and nothing left gives {@link #EMPTY}.
     */
    public static String safe(String base) {
        StringBuilder id = new StringBuilder(base.length());
        base.codePoints().filter(HeadingIds::isNameCharacter).forEach(id::appendCodePoint);
        if (id.isEmpty()) {
            return EMPTY;
        }
        return isNameStart(id.codePointAt(0)) ? id.toString() : PREFIX + id;
    }

    /**
     * The anchor a Markdown reader (GitHub, markdownlint) derives for the heading of {@code id}: the id
     * without the {@link #PREFIX} that {@link #safe(String)} put before a first character an XML name
     * may not start with; any other id as it is.
     */
    public static String unprefixed(String id) {
        if (id.startsWith(PREFIX) && id.length() > PREFIX.length()
                && !isNameStart(id.codePointAt(PREFIX.length()))) {
            return id.substring(PREFIX.length());
        }
        return id;
    }

    /**
     * A loose form of an anchor, to match a link written by another rule: accents removed, lower
     * case, each run of characters other than letters and digits one hyphen, none at the ends
     * ({@code Méta}, {@code méta} and {@code meta} all give {@code meta}; {@code résumé--results} gives
     * {@code resume-results}).
     */
    public static String loose(String anchor) {
        String folded = Normalizer.normalize(anchor, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether an XML 1.0 (fifth edition) name may start with {@code c}; the colon is left out. */
    static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    /** Whether an XML 1.0 (fifth edition) name may hold {@code c}; the colon is left out. */
    static boolean isNameCharacter(int c) {
        return isNameStart(c) || c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c == 0x203F || c == 0x2040;
    }
}
