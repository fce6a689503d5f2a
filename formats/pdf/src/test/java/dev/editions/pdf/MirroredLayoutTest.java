package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Document;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Table;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report in a right-to-left language is laid out mirrored, read from where PDFBox finds each
 * glyph: list labels right of their items, the first table column rightmost, headings and the
 * running header flush right. The same checks on a left-to-right report fail, as they should.
 * Hebrew is in the bundled Liberation Sans, so no system font is needed.
 */
class MirroredLayoutTest {
    private static final EditionOptions BUNDLED_FONTS_ONLY = EditionOptions.builder()
            .set(PdfOptions.SYSTEM_FONTS, false).build();
    /** The right edge of the text area of an A4 page with the default margin of 25 mm. */
    private static final float RIGHT_EDGE = 595.28f - 25 * 72 / 25.4f;

    private static List<Line> hebrew;

    @BeforeAll
    static void publishTheHebrewFixture() throws IOException {
        hebrew = lines(PdfFixtures.pdf(ScriptFixturesTest.read("hebrew"), BUNDLED_FONTS_ONLY)).get(0);
    }

    @Test
    void listLabelsHangRightOfTheirItems() {
        Line bulleted = line(hebrew, "•");
        assertTrue(labelRightOfText(bulleted, "•"), bulleted.toString());
        Line numbered = hebrew.stream().filter(l -> l.text().startsWith("1.")).findFirst().orElseThrow();
        assertTrue(labelRightOfText(numbered, "1."), numbered.toString());
        // The digits are kept and read first; the full stop is drawn on the side of the text.
        assertTrue(numbered.glyphs().get(0).x() > numbered.glyphs().get(1).x(), numbered.toString());
        float labelLeft = numbered.left("1.");
        assertTrue(labelLeft > RIGHT_EDGE - 30 && numbered.right("1.") <= RIGHT_EDGE + 0.5f,
                "a top-level label hangs in the indent at the right: " + numbered);
    }

    @Test
    void tableColumnsRunFromTheRightWithTheirTextFlushRight() {
        Line header = line(hebrew, reversed("חוג"), reversed("משתתפים"));
        assertTrue(header.left(reversed("חוג")) > header.right(reversed("משתתפים")), header.toString());
        assertEquals(RIGHT_EDGE, header.right(reversed("חוג")), 8f, "the first column's text is flush right");
        Line row = line(hebrew, reversed("מוזיקה"), "42");
        assertTrue(row.left(reversed("מוזיקה")) > row.right("42"), row.toString());
    }

    @Test
    void headingsAndQuotesAreMirrored() {
        assertEquals(RIGHT_EDGE, line(hebrew, reversed("מבוא")).right(), 1f, "a heading is flush right");
        Line quote = line(hebrew, reversed("הלב"));
        assertTrue(quote.right() < RIGHT_EDGE - 15, "a quote is indented from the right: " + quote);
    }

    @Test
    void theRunningHeaderStartsAtTheRight() throws IOException {
        List<dev.editions.model.Block> blocks = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            blocks.add(Paragraph.of("פסקה מספר " + i + " של הדוח, שיש בה די מילים כדי למלא שורה או שתיים בעמוד."));
        }
        Document long_ = Document.of(Metadata.builder().title("דוח").language("he").build(), blocks);
        Line header = lines(PdfFixtures.pdf(long_, BUNDLED_FONTS_ONLY)).get(1).get(0);
        assertEquals(reversed("דוח"), header.text());
        assertEquals(RIGHT_EDGE, header.right(), 1f);
    }

    @Test
    void aNoteAtTheFootIsSetFromTheRight() throws IOException {
        Document noted = Document.of(Metadata.builder().title("דוח").language("he").build(), List.of()).withContent(
                List.of(new Paragraph(List.of(new dev.editions.model.Text("פסקה עם הערה"),
                        new dev.editions.model.NoteReference("a"), new dev.editions.model.Text(" ועוד טקסט.")))),
                List.of(new dev.editions.model.Note("a", List.of(Paragraph.of("זו ההערה בתחתית העמוד.")))));
        Line note = line(lines(PdfFixtures.pdf(noted, BUNDLED_FONTS_ONLY)).get(0), reversed("ההערה"));
        assertEquals(RIGHT_EDGE, note.right(), 1f, note.toString());
    }

    @Test
    void aLeftToRightReportFailsTheseChecks() throws IOException {
        Document english = Document.of(Metadata.builder().title("Report").language("en").build(), List.of(
                ListBlock.numbered(List.of(ListItem.of("First step"))),
                Table.of(List.of(), List.of(Table.Row.of("Club", "Members")), List.of(Table.Row.of("Music", "42")))));
        List<Line> lines = lines(PdfFixtures.pdf(english, BUNDLED_FONTS_ONLY)).get(0);
        assertFalse(labelRightOfText(line(lines, "1."), "1."));
        Line header = line(lines, "Club", "Members");
        assertFalse(header.left("Club") > header.right("Members"));
    }

    /** Whether the label's glyphs (the first of the line, in reading order) are all right of the rest. */
    private static boolean labelRightOfText(Line line, String label) {
        assertTrue(line.text().startsWith(label), line.toString());
        List<Glyph> glyphs = line.glyphs();
        float labelLeft = Float.MAX_VALUE;
        float textRight = -Float.MAX_VALUE;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (i < label.length()) {
                labelLeft = Math.min(labelLeft, g.x());
            } else if (!g.text().isBlank()) {
                textRight = Math.max(textRight, g.x() + g.width());
            }
        }
        return labelLeft > textRight;
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    /** The shortest line that holds each of {@code parts} as drawn. */
    private static Line line(List<Line> lines, String... parts) {
        return lines.stream().filter(l -> java.util.Arrays.stream(parts).allMatch(l.text()::contains))
                .min(java.util.Comparator.comparingInt(l -> l.text().length()))
                .orElseThrow(() -> new AssertionError("no line holds " + List.of(parts) + ": " + lines));
    }

    /** The lines of each page, top down, each with its glyphs in the order they are drawn. */
    private static List<List<Line>> lines(byte[] pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= read.getNumberOfPages(); p++) {
                Map<Integer, List<Glyph>> byBaseline = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>())
                                .add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getWidthDirAdj()));
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(read);
                pages.add(byBaseline.values().stream().map(Line::new).toList());
            }
        }
        return pages;
    }

    /** A glyph as drawn: its text, left edge and width. */
    private record Glyph(String text, float x, float width) {
    }

    /** The glyphs on one baseline, in the order they are drawn. */
    private record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text()));
            return out.toString();
        }

        float right() {
            return (float) glyphs.stream().filter(g -> !g.text().isBlank()).mapToDouble(g -> g.x() + g.width())
                    .max().orElseThrow();
        }

        /** The glyphs of the first occurrence of {@code part} in the drawn text (one glyph per character). */
        private List<Glyph> of(String part) {
            int start = text().indexOf(part);
            assertTrue(start >= 0, part + " in " + this);
            return glyphs.subList(start, start + part.length());
        }

        float left(String part) {
            return (float) of(part).stream().mapToDouble(Glyph::x).min().orElseThrow();
        }

        float right(String part) {
            return (float) of(part).stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(text()).append(" at");
            glyphs.forEach(g -> out.append(' ').append(Math.round(g.x())));
            return out.toString();
        }
    }
}
