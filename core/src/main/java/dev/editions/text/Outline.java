package dev.editions.text;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The headings of a document with stable, unique anchor ids, for tables of contents, bookmarks and
 * navigation documents. Only top-level headings count; ids follow {@link HeadingIds}
 * ({@code results-by-country}, then {@code results-by-country-1} for a repeat), or are the ones the
 * author gave, made unique the same way. {@link HeadingAnchors} finds the heading a link means.
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
                entries.add(new Entry(i, heading.level(), text, unique(HeadingIds.safe(base(heading, text)), used,
                        nextNumber)));
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

    /** The id {@code heading} asks for: the one its author gave, else GitHub's anchor of its text. */
    static String base(Heading heading, String text) {
        return heading.id() != null ? heading.id() : HeadingIds.github(text);
    }

    /**
     * {@code base}, or else {@code base-1}, {@code base-2}… whichever is free first, as GitHub numbers
     * repeated headings. The numbers below
     * {@code nextNumber}'s for the base are all taken, so the search starts there: many headings with
     * the same text cost time in proportion to their number.
     */
    private static String unique(String base, Set<String> used, Map<String, Integer> nextNumber) {
        if (used.add(base)) {
            return base;
        }
        int n = nextNumber.getOrDefault(base, 1);
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
     * @param id its anchor id, unique in the document, a valid XML name
     */
    public record Entry(int block, int level, String text, String id) {
    }
}
