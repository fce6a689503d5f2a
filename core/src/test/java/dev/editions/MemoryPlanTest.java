package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.ReportGenerator;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Text;
import org.junit.jupiter.api.Test;

/** The editions are written one after another when the report's text is large for the memory given. */
class MemoryPlanTest {
    @Test
    void estimatesFromTheTextAndThePictures() {
        Document report = new ReportGenerator(5).generate(20_000);
        long[] characters = new long[1];
        Blocks.forEachInline(Blocks.withNotes(report), inline -> {
            if (inline instanceof Text text) {
                characters[0] += text.text().length();
            }
        });
        MemoryPlan plan = MemoryPlan.of(report);
        long text = characters[0] * MemoryPlan.SIDE_BY_SIDE_BYTES_PER_CHARACTER;
        assertTrue(characters[0] > 100_000, "the report has text: " + characters[0]);
        assertTrue(plan.sideBySide() >= text, "at least the text's share: " + plan.sideBySide());
        assertTrue(plan.sideBySide() < text + 20_000_000, "pictures counted once each: " + plan.sideBySide());
        assertTrue(plan.fitsSideBySide(plan.sideBySide()));
        assertFalse(plan.fitsSideBySide(plan.sideBySide() - 1));
    }

    @Test
    void theNoteGivesTheMemoryInMegabytes() {
        assertEquals(true, MemoryPlan.oneAfterAnotherNote(2048L << 20).contains("(2,048 MB)"));
    }
}
