package dev.editions.pdf;

import dev.editions.model.Document;
import dev.editions.pdf.internal.PdfAssembler;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.OptionKey;
import dev.editions.write.PageOptions;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes tagged PDF editions that conform to PDF/UA-1 and PDF/A-2a: embedded Liberation fonts (with
 * an installed font for the script, then DejaVu Sans, for characters they lack), a structure tree in reading order, alternative text,
 * abbreviation expansions, bookmarks from the headings, and a running header and footer marked as
 * artifacts. Reports where its pages start, so reflowable editions can carry matching page markers.
 */
public final class PdfWriter implements EditionWriter {
    private static final WriterDescriptor DESCRIPTOR =
            WriterDescriptor.of("pdf", "pdf", "application/pdf").paginating();

    /** Creates the writer; it holds no state. */
    public PdfWriter() {
    }

    @Override
    public WriterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<OptionKey<?>> options() {
        return List.of(PageOptions.SIZE, PageOptions.MARGIN, PdfOptions.JUSTIFY, PdfOptions.NOTES,
                PdfOptions.FONT_DIRS, PdfOptions.SYSTEM_FONTS);
    }

    @Override
    public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
        return new PdfAssembler(document, context).write(out);
    }
}
