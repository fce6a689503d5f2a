package dev.editions.docx.internal;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.write.WriteContext;
import dev.editions.text.Furniture;
import dev.editions.text.Outline;
import dev.editions.text.WritingDirection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;

/**
 * Builds one DOCX edition: styles, properties, numbering and pictures through POI; the title block
 * and contents, the body, the glossary and the footnotes written as streams ({@link StreamedPart}),
 * which take the place of POI's placeholders when the package is made reproducible.
 */
public final class DocxAssembler {
    private final Document document;
    private final WriteContext context;

    /** Prepares the edition of {@code document}. */
    public DocxAssembler(Document document, WriteContext context) {
        this.document = document;
        this.context = context;
    }

    /**
     * The finished package.
     *
     * @throws EditionsException when POI cannot build the document
     */
    public byte[] bytes() {
        Instant modified = context.modified();
        ByteArrayOutputStream poiOutput = new ByteArrayOutputStream(1 << 16);
        List<StreamedPart> streamed = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument()) {
            StyleSheet.install(doc, document.metadata());
            DocumentProperties.write(doc, document.metadata(), modified);
            PageSetup page = PageSetup.of(context,
                    WritingDirection.ofLanguage(document.metadata().language()).rightToLeft());
            StreamedPart body = new StreamedPart(doc.getPackagePart().getPartName().getName().substring(1),
                    "w:document");
            streamed.add(body);
            WordXml xml = body.xml().start("w:body");
            Outline outline = Outline.of(document);
            Furniture words = Furniture.of(document.metadata().language());
            Bookmarks bookmarks = Bookmarks.of(outline, !document.glossary().isEmpty());
            AbbreviationExpansions expansions = new AbbreviationExpansions(document.glossary());
            FigureWriter figures = new FigureWriter(doc, page, FigureWriter.anyDecorative(document.blocks()));
            FootnoteWriter footnotes = new FootnoteWriter(doc, document, bookmarks, expansions);
            RunWriter runs = new RunWriter(doc, xml, bookmarks, expansions, document.metadata().language(),
                    footnotes, figures);
            Contents.write(xml, document.metadata(), outline, bookmarks);
            new BodyWriter(runs, new ListNumbering(doc), new TableWriter(runs, page, words),
                    figures, outline, bookmarks).write(document.blocks());
            GlossaryWriter.write(xml, document.glossary(), bookmarks, new TableWriter(runs, page, words), words);
            page.write(xml);
            xml.end("w:body");
            footnotes.part().ifPresent(streamed::add);
            streamed.forEach(StreamedPart::close);
            doc.write(poiOutput);
        } catch (IOException e) {
            throw failure(e);
        } catch (EditionsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        try {
            return ReproducibleZip.rewrite(poiOutput.toByteArray(), modified, streamed);
        } catch (UncheckedIOException e) {
            throw failure(e);
        }
    }

    private EditionsException failure(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof XmlException || cause instanceof OpenXML4JException)) {
            cause = cause.getCause();
        }
        return EditionsException.of("DOCX edition of '" + document.metadata().title() + "'",
                "the word-processing document could not be built: " + cause.getMessage(), e);
    }
}
