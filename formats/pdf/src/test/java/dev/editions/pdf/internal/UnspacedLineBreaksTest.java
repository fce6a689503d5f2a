package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Line breaks inside Chinese, Japanese and Thai text, which has no spaces between words. */
class UnspacedLineBreaksTest {
    @Test
    void ideographsBreakBetweenThemButNotBeforeClosingPunctuation() {
        String text = "東京「駅」です。次";
        boolean[] breaks = LineBreaks.within(text, "ja");
        assertTrue(breaks[1], "between 東 and 京");
        assertFalse(breaks[3], "not after the opening bracket");
        assertFalse(breaks[4], "not before the closing bracket");
        assertTrue(breaks[6], "between で and す");
        assertFalse(breaks[7], "not before the full stop");
        assertTrue(breaks[8], "after the full stop");
    }

    @Test
    void thaiBreaksBetweenWordsNeverInsideOne() {
        String text = "สวัสดีครับ";
        boolean[] breaks = LineBreaks.within(text, null);
        boolean[] expected = new boolean[text.length()];
        expected[6] = true; // สวัสดี | ครับ
        assertArrayEquals(expected, breaks);
    }

    @Test
    void latinTextBreaksAtSpacesOnly() {
        assertNull(LineBreaks.within("plain words", "en"));
        assertNull(LineBreaks.within("한국어 문장", "ko"));
    }
}
