package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.editions.EditionsException;
import dev.editions.markdown.MarkdownReader;
import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.WriteContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the PDF writer with whatever the Markdown reader makes of arbitrary bytes: the writer either
 * refuses the document with an {@link EditionsException} (a character no font has, or right-to-left
 * text) or writes a PDF
 * that PDFBox opens, with one page start per page, in bounded time. Nested lists, quotes, tables of
 * any width and words of any length must never crash the layout.
 *
 * <p>{@code mvn verify} replays the checked-in inputs under {@code src/test/resources}, then fuzzes
 * for {@code editions.fuzz.duration} (15 s; {@code -Deditions.fuzz.duration=10m} for a long run).
 */
@Tag("slow")
class PdfFuzzTest {
    private static final Normaliser NORMALISER = Normaliser.standard();
    private static final Duration BOUND = Duration.ofSeconds(10);

    static {
        // The bound is for the layout of one input: loading the writer's classes and finding the
        // machine's fonts happen once, here, not inside the first timed input.
        Document warmUp = NORMALISER.normalise(new MarkdownReader().read(Source.of("warm-up.md",
                "# Warm-up\n\nA paragraph.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))), SourceKind.MARKUP)
                .document();
        try {
            new PdfWriter().write(warmUp, new ByteArrayOutputStream(),
                    WriteContext.of(EditionOptions.builder().build(), "warm-up"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest
    void writesWhateverTheReaderReads(byte[] bytes) throws IOException {
        Document document;
        try {
            document = NORMALISER.normalise(new MarkdownReader().read(Source.of("fuzz.md", bytes)), SourceKind.MARKUP)
                    .document();
        } catch (EditionsException notMarkdown) {
            return;
        }
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EditionReport report;
        try {
            report = new PdfWriter().write(document, out, WriteContext.of(EditionOptions.builder().build(), "fuzz"));
        } catch (EditionsException refused) {
            assertTrue(refused.getMessage().contains("has a glyph for") || refused.getMessage().contains("has no glyph")
                    || refused.getMessage().contains("is right-to-left text"), refused.getMessage());
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pdf.getNumberOfPages(), report.pageStarts().size());
        }
    }
}
