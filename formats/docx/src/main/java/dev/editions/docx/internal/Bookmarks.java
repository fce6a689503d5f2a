package dev.editions.docx.internal;

import dev.editions.text.Outline;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word bookmark names for the outline's headings and the glossary: the outline id with hyphens as
 * underscores, at most 40 characters (Word's limit) and unique. Bookmark ids count up from 1 in
 * the order the names are handed out.
 */
final class Bookmarks {
    private static final int MAX_LENGTH = 40;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final String glossary;

    private Bookmarks(Outline outline, boolean withGlossary) {
        Set<String> used = new HashSet<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        for (Outline.Entry entry : outline.entries()) {
            names.put(entry.id(), reserve(entry.id(), used, nextNumber));
        }
        glossary = withGlossary ? reserve("glossary", used, nextNumber) : null;
    }

    static Bookmarks of(Outline outline, boolean withGlossary) {
        return new Bookmarks(outline, withGlossary);
    }

    /** The bookmark name of the heading with outline id {@code id}. */
    String heading(String id) {
        String name = names.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no heading has the id " + id);
        }
        return name;
    }

    /** The bookmark of the glossary heading, when the document has a glossary. */
    Optional<String> glossary() {
        return Optional.ofNullable(glossary);
    }

    /** The bookmark a link to {@code target} leads to: a {@code #id} of a heading, else empty. */
    Optional<String> target(String target) {
        return target.startsWith("#") ? Optional.ofNullable(names.get(target.substring(1))) : Optional.empty();
    }

    /** The numeric id of bookmark {@code name}, unique in the document. */
    long id(String name) {
        return ids.computeIfAbsent(name, n -> ids.size() + 1L);
    }

    /**
     * The id as a bookmark name, cut to the longest name Word keeps, and numbered ({@code _2},
     * {@code _3}…) when already used: long ids that differ only after the cut share a base. The numbers
     * below {@code nextNumber}'s for a base are all taken, so the search starts there, and many ids
     * with the same base cost time in proportion to their number.
     */
    private static String reserve(String id, Set<String> used, Map<String, Integer> nextNumber) {
        String base = id.replace('-', '_');
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        if (used.add(base)) {
            return base;
        }
        int n = nextNumber.getOrDefault(base, 2);
        while (!used.add(numbered(base, n))) {
            n++;
        }
        nextNumber.put(base, n + 1);
        return numbered(base, n);
    }

    private static String numbered(String base, int n) {
        String suffix = "_" + n;
        return base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
    }
}
