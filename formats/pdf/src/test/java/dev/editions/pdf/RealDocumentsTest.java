package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Retention;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF editions of the real plain-text documents in core's tests keep the model's words in order
 * (a word too long for a line, such as an address, is broken between characters, so a few words may
 * read as two).
 */
class RealDocumentsTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.editions.fixtures.Retention#documents")
    void theEditionKeepsTheWordsOfTheModel(Path file) throws IOException {
        Document document = Retention.normalised(file);
        String text;
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf(document, EditionOptions.builder().build()))) {
            text = new PDFTextStripper().getText(pdf);
        }
        double retention = Retention.of(Retention.words(document), Retention.words(text));
        System.out.printf(Locale.ROOT, "PDF retention %s: %.4f%n", file.getFileName(), retention);
        assertTrue(retention >= 0.995, file + ": the PDF kept " + retention + " of the model's words");
    }
}
