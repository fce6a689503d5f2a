package dev.editions.text;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headings of a document with stable, unique anchor ids, for tables of contents, bookmarks and
 * navigation documents. Only top-level headings count; ids are ASCII slugs of the heading text
 * ({@code results-by-country}, then {@code results-by-country-2} for a repeat).
 *
 * @param entries the headings in reading order
 */
public record Outline(List<Entry> entries) {
    /** Copies the entries. */
    public Outline {
        entries = List.copyOf(entries);
    }

    /** The outline of {@code document}. */
    public static Outline of(Document document) {
        List<Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading) {
                String text = PlainText.of(heading.content()).replaceAll("\\s+", " ").strip();
                entries.add(new Entry(i, heading.level(), text, unique(slug(text), used)));
            }
        }
        return new Outline(entries);
    }

    /** The entry for the heading at top-level block index {@code block}, if that block is a heading. */
    public java.util.Optional<Entry> at(int block) {
        return entries.stream().filter(e -> e.block() == block).findFirst();
    }

    /**
     * An ASCII slug of {@code text}: lower case letters and digits joined by hyphens, starting with a
     * letter; {@code section} when the text has no ASCII letters or digits (e.g. Cyrillic).
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "section";
        }
        return Character.isLetter(slug.charAt(0)) ? slug : "h-" + slug;
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * One heading.
     *
     * @param block its index among the document's top-level blocks
     * @param level its level, 1 to 6
     * @param text its plain text on one line
     * @param id its anchor id, unique in the document, starting with a letter
     */
    public record Entry(int block, int level, String text, String id) {
    }
}
