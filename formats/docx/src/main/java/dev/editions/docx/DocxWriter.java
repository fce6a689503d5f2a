package dev.editions.docx;

import dev.editions.docx.internal.DocxAssembler;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the DOCX edition: an accessible Office Open XML word-processing document. */
public final class DocxWriter implements EditionWriter {
    /** The media type of DOCX files. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
        out.write(new DocxAssembler(document, options).bytes());
        return EditionReport.NONE;
    }
}
