package dev.editions.markdown;

import dev.editions.Diagnostics;
import dev.editions.markdown.internal.SourceConverter;
import dev.editions.model.Document;
import dev.editions.read.ReadOptions;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.read.SourceReader;
import java.util.Set;

/**
 * Reads Markdown reports ({@code .md}, {@code .markdown}): CommonMark with YAML front matter, GFM
 * tables, abbreviation definitions, footnotes and pictures stored beside the report.
 *
 * <p>Structure in Markdown is explicit, so the reader reports {@link SourceKind#MARKUP} and the
 * normaliser skips the plain-text heuristics. Raw HTML is never passed through.
 */
public final class MarkdownReader implements SourceReader {
    /** Creates the reader; it holds no state. */
    public MarkdownReader() {
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public SourceKind kind() {
        return SourceKind.MARKUP;
    }

    @Override
    public Document read(Source source, Diagnostics diagnostics) {
        return read(source, diagnostics, ReadOptions.defaults());
    }

    @Override
    public Document read(Source source, Diagnostics diagnostics, ReadOptions options) {
        return SourceConverter.read(source, diagnostics, options);
    }
}
