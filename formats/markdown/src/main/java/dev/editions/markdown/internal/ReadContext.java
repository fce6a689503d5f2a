package dev.editions.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.model.LegalText;
import dev.editions.read.Source;
import java.util.Map;

/**
 * What converting one Markdown source needs to share: its name for messages, the parsed source, the
 * abbreviations it defines, the numbering of its footnotes and the loader of its pictures.
 */
final class ReadContext {
    private final Source source;
    private final com.vladsch.flexmark.util.ast.Document parsed;
    private final AbbreviationMarker marker;
    private final Footnotes footnotes = new Footnotes();
    private final ImageLoader images;
    private final Diagnostics diagnostics;
    private final Map<String, Integer> anchors = new java.util.LinkedHashMap<>();
    private final LineIndex lines;

    ReadContext(Source source, com.vladsch.flexmark.util.ast.Document parsed, LineIndex lines,
            Map<String, String> abbreviations, Diagnostics diagnostics, ImageLoader images) {
        this.source = source;
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.parsed = parsed;
        this.marker = new AbbreviationMarker(abbreviations);
        this.images = images;
    }

    /**
     * The parsed source, which holds its link references and footnotes (a node inside a link's text
     * may be detached from it, so it is never found through the node).
     */
    com.vladsch.flexmark.util.ast.Document parsed() {
        return parsed;
    }

    /** Marks the uses of the source's abbreviations in text. */
    AbbreviationMarker abbreviations() {
        return marker;
    }

    Footnotes footnotes() {
        return footnotes;
    }

    ImageLoader images() {
        return images;
    }

    /** The 1-based line a node starts on, found through the source's line index (the node may be detached). */
    int line(Node node) {
        return lines.lineOf(node.getStartOffset()) + 1;
    }

    /** An error about the source at the line of {@code node}. */
    EditionsException error(Node node, String problem) {
        return EditionsException.atLine(source.name(), line(node), -1, problem);
    }

    /** Notes a link to the heading anchor {@code id} at the line of {@code node}, to check at the end. */
    void linkedAnchor(String id, Node node) {
        anchors.putIfAbsent(id, line(node));
    }

    /**
     * {@code document} with each link to a heading anchor pointing at that heading's id; a link to an
     * anchor no heading has keeps only its text, with a warning at the line of its first use.
     */
    dev.editions.model.Document resolveAnchors(dev.editions.model.Document document) {
        return new AnchorResolver(anchors, diagnostics).resolve(document);
    }

    /**
     * {@code text} (decoded from markup at {@code node}, e.g. a character reference) without the
     * characters no edition can hold; each removal is reported at the node's line.
     */
    String legal(Node node, String text, String where) {
        LegalText.Cleaned cleaned = LegalText.clean(text);
        if (cleaned.changed()) {
            warn(node, "text.illegal-character", LegalText.removedMessage(cleaned.removed(), where));
        }
        return cleaned.text();
    }

    /** Reports something the reader changed or left out, at the line of {@code node}. */
    void warn(Node node, String code, String message) {
        diagnostics.warn(() -> line(node), code, message);
    }
}
