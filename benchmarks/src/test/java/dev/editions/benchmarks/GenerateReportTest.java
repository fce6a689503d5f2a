package dev.editions.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Editions;
import dev.editions.model.Document;
import dev.editions.read.Source;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The generated sources are deterministic, messy where they should be, and read back. */
class GenerateReportTest {
    @Test
    void theSameSeedGivesTheSameSources() throws IOException {
        Document one = GenerateReport.document(5_000, 7);
        Document two = GenerateReport.document(5_000, 7);
        assertArrayEquals(GenerateReport.plainText(one, 7), GenerateReport.plainText(two, 7));
        assertArrayEquals(GenerateReport.markdown(one), GenerateReport.markdown(two));
    }

    @Test
    void thePlainTextIsWrappedAndRepeatsParagraphsThatTheNormaliserRemoves() {
        Document document = GenerateReport.document(5_000, 7);
        String text = new String(GenerateReport.plainText(document, 7), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.lines().allMatch(line -> line.length() <= 200), "lines are hard-wrapped");
        Document normalised = Editions.create().open(Source.of("report.txt", text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).normalise().document();
        assertTrue(normalised.removals().stream().anyMatch(r -> r.stage().equals("dedupe")),
                "the repeated paragraphs are found");
    }

    @Test
    void theMarkdownReadsBackToTheGeneratedReport() throws IOException {
        Document document = GenerateReport.document(5_000, 7);
        Document read = Editions.create().open(Source.of("report.md", GenerateReport.markdown(document))).document();
        assertEquals(document.blocks().size(), read.blocks().size());
    }
}
