package dev.editions.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import dev.editions.EditionsException;
import dev.editions.read.Source;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * What converting one Markdown source needs to share: its name for messages, the abbreviations it
 * defines, the numbering of its footnotes and the loader of its pictures.
 */
final class ReadContext {
    private static final System.Logger LOG = System.getLogger("dev.editions.markdown");
    /** The most warnings logged for one source; the rest are counted in one last warning. */
    private static final int MAX_WARNINGS = 20;

    private final Source source;
    private final AbbreviationMarker marker;
    private final Footnotes footnotes = new Footnotes();
    private final ImageLoader images;
    private int warnings;

    ReadContext(Source source, Map<String, String> abbreviations) {
        this.source = source;
        this.marker = new AbbreviationMarker(abbreviations);
        this.images = new ImageLoader(source);
    }

    String sourceName() {
        return source.name();
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

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        return node.getStartLineNumber() + 1;
    }

    /** An error about the source at the line of {@code node}. */
    EditionsException error(Node node, String problem) {
        return EditionsException.atLine(source.name(), line(node), -1, problem);
    }

    /** Reports something the reader changed or left out, where a publisher should look. */
    void warn(Node node, String message) {
        warnings++;
        if (warnings <= MAX_WARNINGS) {
            LOG.log(Level.WARNING, () -> source.name() + ": line " + line(node) + ": " + message);
        } else if (warnings == MAX_WARNINGS + 1) {
            LOG.log(Level.WARNING, () -> source.name() + ": further warnings about this source are not shown");
        }
    }
}
