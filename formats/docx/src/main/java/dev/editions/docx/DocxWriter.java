package dev.editions.docx;

import dev.editions.docx.internal.DocxAssembler;
import dev.editions.model.Document;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import dev.editions.write.OptionKey;
import java.util.List;
import dev.editions.write.PageOptions;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the DOCX edition: an accessible Office Open XML word-processing document. */
public final class DocxWriter implements EditionWriter {
    private static final WriterDescriptor DESCRIPTOR = WriterDescriptor.of("docx", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Creates the writer; it holds no state. */
    public DocxWriter() {
    }

    @Override
    public WriterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<OptionKey<?>> options() {
        return List.of(PageOptions.SIZE, PageOptions.MARGIN);
    }

    @Override
    public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
        out.write(new DocxAssembler(document, context).bytes());
        return EditionReport.NONE;
    }
}
