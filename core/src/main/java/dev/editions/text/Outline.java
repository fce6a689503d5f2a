package dev.editions.text;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The headings of a document with stable, unique anchor ids, for tables of contents, bookmarks and
 * navigation documents. Only top-level headings count; ids are ASCII slugs of the heading text
 * ({@code results-by-country}, then {@code results-by-country-2} for a repeat).
 *
 * @param entries the headings in reading order
 */
public record Outline(List<Entry> entries) {
    /** Copies the entries, which must be in reading order: each heading's block after the one before. */
    public Outline {
        entries = List.copyOf(entries);
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).block() <= entries.get(i - 1).block()) {
                throw new IllegalArgumentException("outline entries out of reading order at block "
                        + entries.get(i).block());
            }
        }
    }

    /** The outline of {@code document}. */
    public static Outline of(Document document) {
        List<Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading) {
                String text = PlainText.of(heading.content()).replaceAll("\\s+", " ").strip();
                entries.add(new Entry(i, heading.level(), text, unique(slug(text), used, nextNumber)));
            }
        }
        return new Outline(entries);
    }

    /** The entry for the heading at top-level block index {@code block}, if that block is a heading. */
    public Optional<Entry> at(int block) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = entries.get(middle).block();
            if (found == block) {
                return Optional.of(entries.get(middle));
            }
            if (found < block) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    /** The id of the heading a link to {@code #anchor} leads to, if one has that id. */
    public Optional<String> resolve(String anchor) {
        return entries.stream().map(Entry::id).filter(anchor::equals).findFirst();
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

    /**
     * {@code base}, or else {@code base-2}, {@code base-3}… whichever is free first. The numbers below
     * {@code nextNumber}'s for the base are all taken, so the search starts there: many headings with
     * the same text cost time in proportion to their number.
     */
    private static String unique(String base, Set<String> used, Map<String, Integer> nextNumber) {
        if (used.add(base)) {
            return base;
        }
        int n = nextNumber.getOrDefault(base, 2);
        while (!used.add(base + "-" + n)) {
            n++;
        }
        nextNumber.put(base, n + 1);
        return base + "-" + n;
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
