package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.fixtures.Fixtures;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The feature-rich sample report in {@code samples/feature-rich.md}: it is the Markdown edition of the
 * feature-rich fixture, and reading it gives that document.
 */
class SampleReportTest {
    private static final Path SAMPLE = Path.of("..", "..", "samples", "feature-rich.md");

    @Test
    void theFeatureRichSampleIsTheFixtureInMarkdown() throws IOException {
        String written = new String(EditionsUnderTest.write(Fixtures.featureRich()), StandardCharsets.UTF_8);
        assertEquals(written, Files.readString(SAMPLE), "samples/feature-rich.md must be the Markdown edition of"
                + " Fixtures.featureRich(); write it again when the fixture or the writer changes");
        assertEquals(Canonical.of(Fixtures.featureRich()), new MarkdownReader().read(Source.of(SAMPLE)));
    }
}
