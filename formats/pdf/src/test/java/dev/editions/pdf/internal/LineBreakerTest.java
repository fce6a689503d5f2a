package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.model.Glossary;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private final InlineFlow flow = new InlineFlow(new Fragments(new FontSet()), new AbbreviationExpansions(Glossary.EMPTY));

    private List<Line> lines(List<Inline> inlines, float measure) {
        return LineBreaker.lines(flow.tokens(inlines, Typography.BODY, Tag.document().child("P"), 0), measure);
    }

    private static String text(Line line) {
        return TokenText.of(line.tokens());
    }

    @Test
    void noLineIsWiderThanTheMeasureAndNoWordIsLost() {
        String text = "Initially conceived during a moment in relations when the United Kingdom and the Russian"
                + " Federation appeared to be on a modestly upward trajectory, relations worsened.";
        List<Line> lines = lines(List.of(new Text(text)), 150);
        assertTrue(lines.size() > 3);
        for (Line line : lines) {
            assertTrue(line.width() <= 150, () -> "too wide: " + text(line) + " " + line.width());
            assertFalse(text(line).startsWith(" ") || text(line).endsWith(" "), text(line));
        }
        assertEquals(text, lines.stream().map(LineBreakerTest::text).collect(Collectors.joining(" ")));
        assertFalse(lines.get(lines.size() - 1).stretchable(), "the last line is never justified");
        assertTrue(lines.get(0).stretchable());
    }

    @Test
    void aWordWiderThanTheMeasureIsBrokenBetweenCharacters() {
        String url = "https://example.org/a/very/long/address/that/cannot/fit/on/one/line/of/a/narrow/column";
        List<Line> lines = lines(List.of(new Text(url)), 100);
        assertTrue(lines.size() > 2);
        lines.forEach(line -> assertTrue(line.width() <= 100, text(line)));
        assertEquals(url, lines.stream().map(LineBreakerTest::text).collect(Collectors.joining()));
        assertEquals(0, lines.get(0).offset());
        assertEquals(text(lines.get(0)).length(), lines.get(1).offset(), "offsets follow the characters");
    }

    @Test
    void aForcedBreakEndsALineThatIsNotJustified() {
        List<Line> lines = lines(List.of(new Text("first part"), LineBreak.INSTANCE, new Text("second part")), 400);
        assertEquals(2, lines.size());
        assertEquals("first part", text(lines.get(0)));
        assertFalse(lines.get(0).stretchable());
        assertEquals(11, lines.get(1).offset(), "the plain text has a newline between the parts");
    }
}
