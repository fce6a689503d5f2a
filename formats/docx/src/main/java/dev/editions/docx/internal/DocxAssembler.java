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
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;

/**
 * Builds one DOCX edition: styles, properties, page setup, the title block and contents, the body
 * and the glossary, then packages it reproducibly.
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
        try (XWPFDocument doc = new XWPFDocument()) {
            StyleSheet.install(doc, document.metadata());
            DocumentProperties.write(doc, document.metadata(), modified);
            PageSetup page = PageSetup.apply(doc, context,
                    WritingDirection.ofLanguage(document.metadata().language()).rightToLeft());
            Outline outline = Outline.of(document);
            Furniture words = Furniture.of(document.metadata().language());
            Bookmarks bookmarks = Bookmarks.of(outline, !document.glossary().isEmpty());
            AbbreviationExpansions expansions = new AbbreviationExpansions(document.glossary());
            FigureWriter figures = new FigureWriter(page);
            RunWriter runs = new RunWriter(doc, bookmarks, expansions, document.metadata().language(),
                    new FootnoteWriter(doc, document, bookmarks, expansions), figures);
            Contents.write(doc, document.metadata(), outline, bookmarks, runs);
            new BodyWriter(doc, runs, new ListNumbering(doc), new TableWriter(doc, runs, page, words),
                    figures, outline, bookmarks).write(document.blocks());
            GlossaryWriter.write(doc, document.glossary(), bookmarks, new TableWriter(doc, runs, page, words), words);
            doc.write(poiOutput);
        } catch (IOException e) {
            throw failure(e);
        } catch (EditionsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        try {
            return ReproducibleZip.rewrite(poiOutput.toByteArray(), modified);
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
