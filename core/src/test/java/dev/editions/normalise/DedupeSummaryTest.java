package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The line that tells the user repeated paragraphs were removed. */
class DedupeSummaryTest {
    @Test
    void theSentenceCountsInTheSingularAndThePlural() {
        assertEquals("report.txt: removed 1 repeated paragraph; 'editions inspect report.txt' lists it",
                new DedupeSummary("report.txt", 1).line());
        assertEquals("report.txt: removed 4 repeated paragraphs; 'editions inspect report.txt' lists them",
                new DedupeSummary("report.txt", 4).line());
        assertFalse(new DedupeSummary("report.txt", 0).removedAny());
        assertThrows(IllegalArgumentException.class, () -> new DedupeSummary("report.txt", -1));
    }

    @Test
    void aNameTheShellWouldSplitIsQuotedInTheCommand() {
        assertEquals("reports/annual-2024.txt: removed 2 repeated paragraphs; 'editions inspect"
                + " reports/annual-2024.txt' lists them", new DedupeSummary("reports/annual-2024.txt", 2).line());
        assertEquals("my \"best\" report.txt: removed 2 repeated paragraphs; 'editions inspect"
                + " \"my \\\"best\\\" report.txt\"' lists them", new DedupeSummary("my \"best\" report.txt", 2).line());
    }

    @Test
    void theSampleReportsItsFourRepeats() throws IOException {
        Source source = Source.of("defining-dialogue.txt", Files.readAllBytes(Path.of("../samples/defining-dialogue.txt")));
        Draft read = Editions.create().open(source);
        assertEquals(0, read.removedRepeats());
        Draft normalised = read.normalise();
        assertEquals(4, normalised.removedRepeats());
        assertTrue(normalised.dedupeSummary().removedAny());
        assertEquals("defining-dialogue.txt: removed 4 repeated paragraphs; 'editions inspect defining-dialogue.txt'"
                + " lists them", normalised.dedupeSummary().line());
        assertEquals(4, Normaliser.standard().normalise(read.document(), read.kind()).removedRepeats());
        assertEquals(0, read.normalise(Normaliser.standard().without("dedupe")).removedRepeats());
    }
}
