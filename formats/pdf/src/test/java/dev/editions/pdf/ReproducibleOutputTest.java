package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The same document and options give the same bytes, also when its fonts were read for another
 * report before; dates come from the options or the report.
 */
class ReproducibleOutputTest {
    @Test
    void writingTwiceGivesTheSameBytes() {
        Document document = Fixtures.featureRich();
        EditionOptions options = EditionOptions.builder().build();
        assertArrayEquals(PdfFixtures.pdf(document, options), PdfFixtures.pdf(document, options));
    }

    @Test
    void writersOnSeveralThreadsGiveTheSameBytes() throws Exception {
        Document document = Fixtures.featureRich();
        EditionOptions options = EditionOptions.builder().build();
        byte[] expected = PdfFixtures.pdf(document, options);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            var running = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> threads.submit(() -> PdfFixtures.pdf(document, options))).toList();
            for (Future<byte[]> pdf : running) {
                assertArrayEquals(expected, pdf.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void fontsKeptFromAnotherReportGiveTheSameBytes() throws IOException {
        SystemFontsTest.assumeFont(SystemFontsTest.NOTO_CJK, "fonts-noto-cjk");
        Document mixed = ScriptFixturesTest.read("mixed");
        EditionOptions options = EditionOptions.builder().build();
        byte[] first = PdfFixtures.pdf(mixed, options);
        // Another report in the same fonts, which it is lent once the first is written.
        PdfFixtures.pdf(ScriptFixturesTest.read("chinese-simplified"), options);
        assertArrayEquals(first, PdfFixtures.pdf(mixed, options));
    }

    @Test
    void theTimestampOptionDatesTheFile() throws IOException {
        Document document = Fixtures.sample();
        Instant release = Instant.parse("2018-06-01T09:30:00Z");
        byte[] dated = PdfFixtures.pdf(document, EditionOptions.builder().timestamp(release).build());
        byte[] undated = PdfFixtures.pdf(document, EditionOptions.builder().build());
        assertFalse(Arrays.equals(dated, undated));
        try (PDDocument pdf = Loader.loadPDF(dated); PDDocument fallback = Loader.loadPDF(undated)) {
            assertEquals(release, pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(release, pdf.getDocumentInformation().getModificationDate().toInstant());
            assertEquals(EditionOptions.FALLBACK_TIMESTAMP,
                    fallback.getDocumentInformation().getCreationDate().toInstant(), "the date of the context");
        }
    }
}
