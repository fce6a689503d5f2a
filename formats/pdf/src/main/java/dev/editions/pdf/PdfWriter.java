package dev.editions.pdf;

import dev.editions.model.Document;
import dev.editions.pdf.internal.PdfAssembler;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes tagged PDF editions that conform to PDF/UA-1 and PDF/A-2a: embedded Liberation fonts (with
 * DejaVu Sans for characters they lack), a structure tree in reading order, alternative text,
 * abbreviation expansions, bookmarks from the headings, and a running header and footer marked as
 * artifacts. Reports where its pages start, so reflowable editions can carry matching page markers.
 */
public final class PdfWriter implements EditionWriter {
    /** The media type of PDF files. */
    public static final String MEDIA_TYPE = "application/pdf";

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
        return new PdfAssembler(document, options).write(out);
    }
}
