package dev.editions.markdown.internal;

import dev.editions.Diagnostics;
import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.InlineRewriter;
import dev.editions.model.Link;
import dev.editions.text.HeadingAnchors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points the links to heading anchors ({@code #…}) of a source at the headings' ids, accepting the
 * spellings {@link HeadingAnchors} knows (GitHub's, ASCII-folded, percent-encoded). A link to an
 * anchor no heading has is not refused: it keeps its text, with a warning naming the line of the
 * first link to that anchor.
 */
final class AnchorResolver {
    private final Map<String, Integer> linked;
    private final Diagnostics diagnostics;

    /**
     * @param linked each anchor linked to (without {@code #}), with the line of its first link
     */
    AnchorResolver(Map<String, Integer> linked, Diagnostics diagnostics) {
        this.linked = linked;
        this.diagnostics = diagnostics;
    }

    Document resolve(Document document) {
        if (linked.isEmpty()) {
            return document;
        }
        HeadingAnchors anchors = HeadingAnchors.of(document);
        boolean changes = false;
        for (Map.Entry<String, Integer> anchor : linked.entrySet()) {
            Optional<String> id = anchors.resolve(anchor.getKey());
            if (id.isEmpty()) {
                diagnostics.warn(anchor.getValue(), "link.anchor", "the link to '#" + anchor.getKey()
                        + "' points at no heading, so only its text was kept; a heading is linked by its text in"
                        + " lower case with hyphens for spaces (e.g. '## Main findings' is #main-findings) or by"
                        + " the id given after it ('## Findings {#findings}')");
            }
            changes |= !id.equals(Optional.of(anchor.getKey()));
        }
        if (!changes) {
            return document;
        }
        InlineRewriter rewriter = new InlineRewriter(inline -> inline instanceof Link link && link.target().startsWith("#")
                ? pointed(link, anchors) : List.of(inline));
        return rewriter.document(document);
    }

    private static List<Inline> pointed(Link link, HeadingAnchors anchors) {
        return anchors.resolve(link.target().substring(1))
                .<List<Inline>>map(id -> List.of(new Link("#" + id, link.title(), link.content())))
                .orElse(link.content());
    }
}
