package dev.editions.text;

import dev.editions.model.Document;
import dev.editions.model.Heading;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the heading a link to {@code #anchor} means. Besides a heading's id itself, a link may give
 * the anchor before it was made a valid XML name ({@code #2024} for the id {@code h-2024}), the id
 * percent-encoded ({@code #m%C3%A9ta}), or a looser spelling ({@code #meta} or {@code #Méta} for
 * {@code ## Méta}, {@code #resume-results} for {@code ## Résumé & Results}); the first heading in
 * reading order that matches wins.
 */
public final class HeadingAnchors {
    private final Set<String> ids = new LinkedHashSet<>();
    private final Map<String, String> given = new HashMap<>();
    private final Map<String, String> loose = new HashMap<>();

    private HeadingAnchors(Document document, Outline outline) {
        for (Outline.Entry entry : outline.entries()) {
            ids.add(entry.id());
        }
        for (Outline.Entry entry : outline.entries()) {
            String base = Outline.base((Heading) document.blocks().get(entry.block()), entry.text());
            given.putIfAbsent(base, entry.id());
            putLoose(entry.id(), entry.id());
            putLoose(base, entry.id());
        }
    }

    /** The anchors of {@code document}'s headings. */
    public static HeadingAnchors of(Document document) {
        return new HeadingAnchors(document, Outline.of(document));
    }

    /** The id of the heading a link to {@code #anchor} leads to, if any heading matches. */
    public Optional<String> resolve(String anchor) {
        String decoded = decoded(anchor);
        for (String candidate : new String[] {anchor, decoded}) {
            if (ids.contains(candidate)) {
                return Optional.of(candidate);
            }
            if (given.containsKey(candidate)) {
                return Optional.of(given.get(candidate));
            }
        }
        return Optional.ofNullable(loose.get(HeadingIds.loose(decoded)));
    }

    private void putLoose(String anchor, String id) {
        String key = HeadingIds.loose(anchor);
        if (!key.isEmpty()) {
            loose.putIfAbsent(key, id);
        }
    }

    /** {@code anchor} with its percent-encoded bytes decoded as UTF-8, or as it is if they are not. */
    private static String decoded(String anchor) {
        if (anchor.indexOf('%') < 0) {
            return anchor;
        }
        try {
            return URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return anchor;
        }
    }
}
