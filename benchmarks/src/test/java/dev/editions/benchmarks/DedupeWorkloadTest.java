package dev.editions.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.read.SourceKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark's document has the copies it claims, and the dedupe stage removes exactly those. */
@Tag("slow")
class DedupeWorkloadTest {
    @Test
    void theStageRemovesEveryCopyOfTheWorkloadAndNothingElse() {
        int paragraphs = 25_000;
        Document document = DedupeWorkload.document(paragraphs, 42);
        assertEquals(paragraphs, document.blocks().size(), 100);
        int copies = DedupeWorkload.copies(paragraphs, 42);
        assertEquals(0.1, (double) (copies - DedupeWorkload.BOILERPLATE_REPEATS) / paragraphs, 0.01);
        Document deduplicated = Normaliser.standard().normalise(document, SourceKind.PLAIN_TEXT).document();
        assertEquals(copies, deduplicated.removals().stream().filter(r -> r.stage().equals("dedupe")).count());
        assertEquals(paragraphs - copies, deduplicated.blocks().size(), 0);
    }
}
