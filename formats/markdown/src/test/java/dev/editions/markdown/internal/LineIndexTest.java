package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line index gives, for every offset, the line flexmark's own count gives. */
class LineIndexTest {
    @Test
    void everyOffsetIsOnTheLineFlexmarkCounts() {
        for (String text : List.of("", "one line", "a\nb\n", "\n\n\nx", "# T\r\n\r\ntext\r\nmore", "old\rmac\r\rend\r",
                "mixed\r\n\n\r\rx\n", "para one\nstill one\n\n![p](a.png)\n\n[link](#t)\n")) {
            Document parsed = MarkdownParsers.parser().parse(text);
            LineIndex index = LineIndex.of(parsed.getChars());
            for (int offset = 0; offset <= text.length(); offset++) {
                int at = offset;
                assertEquals(parsed.getLineNumber(offset), index.lineOf(offset),
                        () -> "offset " + at + " of " + text.replace("\r", "\\r").replace("\n", "\\n"));
            }
        }
    }

    @Test
    void theComparisonSeesALineOff() {
        Document parsed = MarkdownParsers.parser().parse("a\nb\nc");
        assertNotEquals(parsed.getLineNumber(4), LineIndex.of("a\nb c").lineOf(4));
    }
}
