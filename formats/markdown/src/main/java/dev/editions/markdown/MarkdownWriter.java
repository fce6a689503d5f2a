package dev.editions.markdown;

import dev.editions.markdown.internal.ImageFiles;
import dev.editions.markdown.internal.MarkdownText;
import dev.editions.model.Document;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the Markdown edition: one UTF-8 file of CommonMark with YAML front matter, GFM tables and
 * abbreviation definitions, which {@link MarkdownReader} reads back as the same document.
 *
 * <p>Figures link to their pictures, written beside the edition as its companion files
 * ({@code ![alt](images/3f9a…/chart.png "caption")}, named by content), which the publisher
 * commits with the edition; the image title is the figure's caption and an empty alt text marks a
 * decorative figure. The reader still reads pictures embedded as {@code data:} URIs.
 */
public final class MarkdownWriter implements EditionWriter {
    private static final WriterDescriptor DESCRIPTOR =
            WriterDescriptor.of("md", "md", "text/markdown").withAliases("markdown");

    /** Creates the writer; it holds no state. */
    public MarkdownWriter() {
    }

    @Override
    public WriterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
        ImageFiles.addAll(document, context.companions());
        out.write(MarkdownText.of(document).getBytes(StandardCharsets.UTF_8));
        return EditionReport.NONE;
    }
}
