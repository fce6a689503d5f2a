package dev.editions.text;

import static dev.editions.text.WritingDirection.LEFT_TO_RIGHT;
import static dev.editions.text.WritingDirection.RIGHT_TO_LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WritingDirectionTest {
    @Test
    void languagesWrittenRightToLeft() {
        for (String tag : new String[] {"ar", "ar-EG", "he", "he-IL", "iw", "fa", "ur", "yi", "ps", "ckb", "az-Arab",
                "pa-Arab"}) {
            assertEquals(RIGHT_TO_LEFT, WritingDirection.ofLanguage(tag), tag);
        }
        for (String tag : new String[] {"en", "en-GB", "fr", "zh-Hans", "ja", "und", "", "ku-Latn", "tr", "hi"}) {
            assertEquals(LEFT_TO_RIGHT, WritingDirection.ofLanguage(tag), tag);
        }
        assertEquals(LEFT_TO_RIGHT, WritingDirection.ofLanguage(null));
        assertEquals("rtl", RIGHT_TO_LEFT.html());
        assertEquals("ltr", LEFT_TO_RIGHT.html());
    }

    @Test
    void theFirstStrongCharacterGivesTheDirectionOfText() {
        assertEquals(Optional.of(RIGHT_TO_LEFT), WritingDirection.ofText("2024: שלום world"));
        assertEquals(Optional.of(RIGHT_TO_LEFT), WritingDirection.ofText("(مرحبا)"));
        assertEquals(Optional.of(LEFT_TO_RIGHT), WritingDirection.ofText("PDF هو"));
        assertEquals(Optional.empty(), WritingDirection.ofText("1. – 42"));
        assertTrue(WritingDirection.holdsRightToLeft("PDF הוא"));
        assertFalse(WritingDirection.holdsRightToLeft("PDF 123 (é)"));
    }
}
