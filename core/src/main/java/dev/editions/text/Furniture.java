package dev.editions.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words an edition adds around the report (headings such as "Contents", "Page 3 of 17", figure
 * and table labels, the note on abbreviations), in the report's language: English, French, German,
 * Spanish, Italian, Portuguese, Dutch, Russian, Polish, Chinese (simplified and traditional),
 * Japanese, Korean, Arabic and Hebrew. Any other language gets the English words, and
 * {@link #translated()} says so, so the run can warn.
 */
public final class Furniture {
    private static final List<String> LANGUAGES =
            List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "zh", "zh-Hant", "ja", "ko", "ar", "he");
    private static final Map<String, Furniture> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Properties words;
    private final boolean translated;

    private Furniture(String language, Properties words, boolean translated) {
        this.language = language;
        this.words = words;
        this.translated = translated;
    }

    /** The words for the report language {@code tag} (BCP 47), English when there are none. */
    public static Furniture of(String tag) {
        String language = bundleFor(tag);
        boolean translated = language != null;
        String key = translated ? language : "en";
        Furniture furniture = LOADED.computeIfAbsent(key, k -> new Furniture(k, load(k), true));
        return translated ? furniture : new Furniture("en", furniture.words, false);
    }

    /** The languages with words of their own, as the tags {@link #of} matches. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /** The language the words are in ("en" when the report's has none of its own). */
    public String language() {
        return language;
    }

    /** Whether the words are in the report's language rather than the English fallback. */
    public boolean translated() {
        return translated;
    }

    /** The heading of a table of contents. */
    public String contents() {
        return word("contents");
    }

    /** The heading of the list of abbreviations. */
    public String glossary() {
        return word("glossary");
    }

    /** The words of a link to the list of abbreviations inside {@link #abbreviationsNoteBefore()}. */
    public String glossaryLink() {
        return word("glossary.link");
    }

    /** The note on abbreviations up to the link to the glossary. */
    public String abbreviationsNoteBefore() {
        return word("abbreviations.before");
    }

    /** The note on abbreviations after the link to the glossary. */
    public String abbreviationsNoteAfter() {
        return word("abbreviations.after");
    }

    /** The caption of the table of abbreviations. */
    public String glossaryCaption() {
        return word("glossary.caption");
    }

    /** The header of the glossary's first column. */
    public String abbreviation() {
        return word("abbreviation");
    }

    /** The header of the glossary's second column. */
    public String meaning() {
        return word("meaning");
    }

    /** The heading of the notes. */
    public String notes() {
        return word("notes");
    }

    /** A page's number among all, e.g. "Page 3 of 17". */
    public String page(int number, int total) {
        return format("page", number, total);
    }

    /** A figure's label, e.g. "Figure 2". */
    public String figure(int number) {
        return format("figure", number);
    }

    /** A table's label, e.g. "Table 4". */
    public String table(int number) {
        return format("table", number);
    }

    /** A sentence of an EPUB's accessibility summary. */
    public enum Summary {
        /** The publication meets EPUB Accessibility 1.1 and WCAG 2.2 AA. */
        CLAIM("a11y.claim"),
        /** The text reflows and follows the reading order. */
        READING_ORDER("a11y.order"),
        /** The same, with headings and a table of contents linking to them. */
        READING_ORDER_WITH_HEADINGS("a11y.order.headings"),
        /** How many pictures have a text alternative. */
        PICTURES("a11y.pictures"),
        /** How many decorative pictures are hidden from assistive technology. */
        DECORATIONS("a11y.decorations"),
        /** How many tables have header cells. */
        TABLES("a11y.tables"),
        /** How many tables have header cells and a caption. */
        CAPTIONED_TABLES("a11y.tables.captioned"),
        /** Abbreviations are spelled out at their first use. */
        ABBREVIATIONS("a11y.abbreviations"),
        /** Passages in other languages are marked. */
        LANGUAGES("a11y.languages"),
        /** Page-break markers and a page list match the print edition. */
        PAGES("a11y.pages");

        private final String key;

        Summary(String key) {
            this.key = key;
        }
    }

    /**
     * A sentence of the accessibility summary in the report's language; {@code count} is the number
     * the sentence gives, where it gives one (pictures, tables).
     */
    public String summary(Summary sentence, int count) {
        return new MessageFormat(word(sentence.key), Locale.ROOT).format(new Object[] {count});
    }

    /** What goes between two sentences: nothing in Chinese and Japanese, a space elsewhere. */
    public String sentenceSeparator() {
        return language.equals("zh") || language.equals("zh-Hant") || language.equals("ja") ? "" : " ";
    }

    private String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("furniture_" + language + ".properties has no " + key);
        }
        return value;
    }

    private String format(String key, Object... numbers) {
        MessageFormat format = new MessageFormat(word(key), Locale.ROOT);
        Object[] plain = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            plain[i] = String.valueOf(numbers[i]);
        }
        return format.format(plain);
    }

    /** The bundle for {@code tag}: Chinese in traditional script for Hant, TW, HK and MO; else the primary language. */
    static String bundleFor(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        String primary = locale.getLanguage();
        if (primary.equals("zh")) {
            boolean traditional = locale.getScript().equals("Hant")
                    || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry());
            return traditional ? "zh-Hant" : "zh";
        }
        if (primary.equals("iw")) {
            primary = "he";
        }
        return LANGUAGES.contains(primary) ? primary : null;
    }

    private static Properties load(String language) {
        String name = "furniture_" + language + ".properties";
        try (InputStream in = Furniture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " beside " + Furniture.class.getName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
