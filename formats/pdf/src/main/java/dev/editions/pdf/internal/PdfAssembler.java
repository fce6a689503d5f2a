package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.pdf.PdfOptions;
import dev.editions.write.WriteContext;
import dev.editions.write.EditionReport;
import dev.editions.text.Identifiers;
import dev.editions.text.NoteNumbers;
import dev.editions.write.PageMap;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ExceptionConverter;

/** Makes the PDF edition of one document: lays it out, renders it and reports its page starts. */
public final class PdfAssembler {
    private final Document document;
    private final WriteContext context;

    /** Prepares the edition of {@code document}. */
    public PdfAssembler(Document document, WriteContext context) {
        this.document = document;
        this.context = context;
    }

    /**
     * Writes the PDF to {@code out} as it is laid out and drawn, page by page. Should the document
     * turn out not to fit the layout, link to a heading it lacks, or the PDF library refuse it
     * part-way, or {@code out} fail, what was written is incomplete and the caller discards it.
     *
     * @throws EditionsException naming the problem when the document cannot be rendered
     */
    public EditionReport write(OutputStream out) throws IOException {
        FontSet fonts = new FontSet(FontIndex.of(FontFolders.of(context.option(PdfOptions.FONT_DIRS),
                context.option(PdfOptions.SYSTEM_FONTS))), document.metadata().language());
        try {
            return write(out, fonts);
        } finally {
            fonts.release();
        }
    }

    private EditionReport write(OutputStream out, FontSet fonts) throws IOException {
        GlyphCoverage.check(document, fonts, context.diagnostics().source(), context.sourceLines());
        Fragments fragments = new Fragments(fonts);
        PageLayout pages = new PageLayout(context);
        BlockLayout blocks = new BlockLayout(pages, fragments, new AbbreviationExpansions(document.glossary()),
                NoteNumbers.of(document), context.option(PdfOptions.JUSTIFY),
                context.option(PdfOptions.NOTES) == PdfOptions.NotePlacement.FOOT);
        try {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            new PdfRenderer(document, context, pages, fragments).render(blocks, buffered);
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException failed) {
                throw failed;
            }
            throw refused(e);
        } catch (DocumentException e) {
            throw refused(e);
        }
        return EditionReport.paginated(pageMap(pages.pages()));
    }

    private EditionsException refused(Exception e) {
        return EditionsException.of("PDF edition of '" + document.metadata().title() + "'",
                "the PDF library refused the document: " + e.getMessage(), e);
    }

    private PageMap pageMap(List<Page> pages) {
        List<PageMap.PageStart> starts = new ArrayList<>();
        int block = 0;
        int offset = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (page.hasStart()) {
                block = page.startBlock();
                offset = page.startOffset();
            }
            starts.add(new PageMap.PageStart(Integer.toString(i + 1), block, offset));
        }
        return new PageMap(Identifiers.of(document), starts);
    }
}
