package dev.editions.markdown;

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
 * <p>A Markdown edition is a single file, so figures carry their pictures inside it as
 * {@code data:} URIs ({@code ![alt](data:image/png;name=chart.png;base64,…)}); the image title is the
 * figure's caption and an empty alt text marks a decorative figure.
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
        out.write(MarkdownText.of(document).getBytes(StandardCharsets.UTF_8));
        return EditionReport.NONE;
    }
}
