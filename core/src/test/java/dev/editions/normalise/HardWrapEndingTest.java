package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hard-wrap stage decides whether a paragraph ends a sentence from its last few characters, so
 * that joining many lines costs time in proportion to the lines, not to the paragraph so far times
 * the lines.
 */
class HardWrapEndingTest {
    private static final String ALPHABET = "ab .!?:;…\"'”’)]\n\r\u0085\u2028\u2029-,";

    @Test
    void theEndingOfALongParagraphIsShort() {
        String paragraph = "the survey continues and ".repeat(10_000) + "ends here.”)";
        assertEquals("e.”)", HardWrapStage.ending(paragraph).toString());
        assertEquals("d", HardWrapStage.ending("and").toString());
        assertEquals("", HardWrapStage.ending("").toString());
    }

    @Test
    void matchingTheEndingGivesTheSameAnswerAsMatchingTheWholeText() {
        Random random = new Random(7);
        int ends = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            for (Pattern pattern : new Pattern[] {HardWrapStage.SENTENCE_END, HardWrapStage.CLAUSE_END}) {
                boolean whole = pattern.matcher(text).find();
                ends += whole ? 1 : 0;
                assertEquals(whole, pattern.matcher(HardWrapStage.ending(text)).find(), () -> "for “" + text + "”");
            }
        }
        assertTrue(ends > 1_000, "the random texts end sentences often enough to compare both answers");
    }
}
