package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line of an offset is the line flexmark's parsed document gives, for every kind of line end. */
class LineIndexTest {
    @Test
    void agreesWithFlexmarkOnEveryOffset() {
        Random random = new Random(7);
        int multiLine = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append("ab\n\r# ".charAt(random.nextInt(6)));
            }
            Document parsed = MarkdownParsers.parser().parse(text.toString());
            LineIndex lines = LineIndex.of(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                int at = offset;
                assertEquals(parsed.getLineNumber(offset), lines.lineOf(offset),
                        () -> "offset " + at + " of “" + text.toString().replace("\r", "\\r").replace("\n", "\\n") + "”");
            }
            multiLine += lines.lineOf(text.length()) > 2 ? 1 : 0;
        }
        assertTrue(multiLine > 100, "enough texts have several lines");
    }

    @Test
    void aLineEndsAfterItsLineBreak() {
        LineIndex lines = LineIndex.of("a\r\nb\rc\nd");
        assertEquals(0, lines.lineOf(2), "between \\r and \\n");
        assertEquals(1, lines.lineOf(3));
        assertEquals(2, lines.lineOf(5));
        assertEquals(3, lines.lineOf(7));
    }
}
