package dev.editions.docx.internal;

import dev.editions.text.Outline;
import java.math.BigInteger;
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
    private final Map<String, BigInteger> ids = new HashMap<>();
    private final String glossary;

    private Bookmarks(Outline outline, boolean withGlossary) {
        Set<String> used = new HashSet<>();
        for (Outline.Entry entry : outline.entries()) {
            names.put(entry.id(), reserve(entry.id(), used));
        }
        glossary = withGlossary ? reserve("glossary", used) : null;
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
    BigInteger id(String name) {
        return ids.computeIfAbsent(name, n -> BigInteger.valueOf(ids.size() + 1L));
    }

    private static String reserve(String id, Set<String> used) {
        String base = id.replace('-', '_');
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }
}
