package dev.editions.epub;

import dev.editions.EditionsException;
import dev.editions.epub.internal.EpubAssembler;
import dev.editions.model.Document;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import dev.editions.write.OptionKey;
import java.util.List;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the EPUB 3 edition: reflowable XHTML split at the top-level headings, a navigation
 * document, EPUB Accessibility 1.1 metadata derived from the report and, when the paginated edition
 * was published in the same run, page-break markers and a page list matching its pages.
 */
public final class EpubWriter implements EditionWriter {
    private static final WriterDescriptor DESCRIPTOR = WriterDescriptor.of("epub", "epub", "application/epub+zip")
            .needing(WriterDescriptor.Need.PAGE_MAP);

    /** Creates the writer; it holds no state. */
    public EpubWriter() {
    }

    @Override
    public WriterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<OptionKey<?>> options() {
        return List.of(EpubOptions.CONFORMANCE_CLAIM, EpubOptions.CERTIFIED_BY, EpubOptions.CERTIFIER_REPORT);
    }

    @Override
    public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
        String edition = "EPUB edition of '" + document.metadata().title() + "'";
        try {
            EpubAssembler.write(document, context, out, edition);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw EditionsException.of(edition, e.getMessage(), e);
        }
        return EditionReport.NONE;
    }
}
