package dev.editions.epub;

import dev.editions.EditionsException;
import dev.editions.epub.internal.EpubAssembler;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the EPUB 3 edition: reflowable XHTML split at the top-level headings, a navigation
 * document, EPUB Accessibility 1.1 metadata derived from the report and, when the paginated edition
 * was published in the same run, page-break markers and a page list matching its pages.
 */
public final class EpubWriter implements EditionWriter {
    /** Creates the writer; it holds no state. */
    public EpubWriter() {
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String extension() {
        return "epub";
    }

    @Override
    public String mediaType() {
        return "application/epub+zip";
    }

    @Override
    public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
        String edition = "EPUB edition of '" + document.metadata().title() + "'";
        try {
            EpubAssembler.write(document, options, out, edition);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw EditionsException.of(edition, e.getMessage(), e);
        }
        return EditionReport.NONE;
    }
}
