package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The end of a link label is where flexmark's label pattern ends, however far the text goes on. */
class LinkLabelsTest {
    private static final Pattern LABEL = Pattern.compile("\\[(?:[^\\\\\\[\\]]|\\\\["
            + Escaping.ESCAPABLE_CHARS.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                    .replace("^", "\\^").replace("-", "\\-") + "]|\\\\){0,999}\\]");

    @Test
    void endsWhereThePatternEnds() {
        Random random = new Random(3);
        int closed = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder("[");
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append("[]\\a!".charAt(random.nextInt(5)));
            }
            Matcher matcher = LABEL.matcher(text);
            int expected = matcher.lookingAt() ? matcher.end() - 1 : -1;
            closed += expected >= 0 ? 1 : 0;
            assertEquals(expected, LinkLabels.end(text, 0), () -> "in “" + text + "”");
        }
        assertTrue(closed > 10_000, "enough random labels are closed to compare both answers");
    }

    @Test
    void aShortLabelIsFoundWithoutReadingFurther() {
        String text = "[s1]: https://example.org/1\n" + "x".repeat(5_000);
        assertEquals(3, LinkLabels.end(text, 0));
        assertEquals(-1, LinkLabels.end("[" + "a".repeat(1_000) + "]", 0), "more than 999 characters");
        assertEquals(1_000, LinkLabels.end("[" + "a".repeat(999) + "]", 0));
    }
}
