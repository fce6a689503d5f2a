package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.editions.model.Glossary;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shaped text is measured by its shaped advances and broken only between its clusters. */
class ShapedLinesTest {
    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    private Fragments fragments;

    @BeforeEach
    void fonts() {
        assumeTrue(Files.isRegularFile(NOTO.resolve("NotoSansDevanagari-Regular.ttf")),
                "install the Debian package fonts-noto-core to run this test");
        fragments = new Fragments(new FontSet(FontIndex.of(List.of(NOTO)), "hi"));
    }

    @Test
    void aConjunctIsAsWideAsItsGlyphNotAsItsLetters() {
        Fragment ksha = fragments.of("क्ष", Face.REGULAR, 10, Color.BLACK, null, null).get(0);
        assertNotNull(ksha.glyphs(), "Devanagari is shaped");
        assertEquals(1, ksha.glyphs().glyphs().length);
        assertEquals(ksha.glyphs().width(10), ksha.width());
        assertTrue(ksha.width() < ksha.font().getWidthPoint("क्ष", 10),
                "one conjunct glyph is narrower than its three letters drawn apart");
    }

    @Test
    void aWordWiderThanTheMeasureIsBrokenBetweenClusters() {
        String word = "क्षत्रियविद्यालयोंहिन्दीप्रशिक्षण".repeat(3);
        InlineFlow flow = new InlineFlow(fragments, new AbbreviationExpansions(Glossary.EMPTY));
        List<Line> lines = LineBreaker.lines(flow.tokens(List.of(new Text(word)), Typography.BODY,
                Tag.document().child("P"), 0), 80);
        assertTrue(lines.size() > 3, "the word is broken: " + lines.size());
        Set<Integer> clusterEnds = new HashSet<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(word);
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            clusterEnds.add(end);
        }
        int at = 0;
        for (Line line : lines) {
            String text = TokenText.of(line.tokens());
            at += text.length();
            assertTrue(clusterEnds.contains(at), "a line ends inside a cluster: " + text);
            assertTrue(line.width() <= 80, text + " is " + line.width() + " wide");
            float shaped = 0;
            for (Token token : line.tokens()) {
                for (Fragment fragment : ((Token.Word) token).fragments()) {
                    assertNotNull(fragment.glyphs(), "each piece is shaped: " + fragment.text());
                    shaped += fragment.glyphs().width(fragment.size());
                }
            }
            assertEquals(shaped, line.width(), 0.01f, "the line is as wide as its shaped glyphs");
        }
        assertEquals(word, lines.stream().map(line -> TokenText.of(line.tokens())).collect(Collectors.joining()));
    }
}
