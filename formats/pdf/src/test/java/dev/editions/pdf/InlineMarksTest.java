package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Struck, raised and lowered text, keys and task boxes in the PDF, read back with PDFBox: the text
 * extracted, the glyphs' fonts and positions, and the spans of the structure tree with their layout
 * attributes.
 */
class InlineMarksTest {
    /** Each structure element's glyphs, in content order. */
    private static final Map<PDStructureElement, List<TextPosition>> GLYPHS = new LinkedHashMap<>();
    private static String text;

    @BeforeAll
    static void read() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("inline-marks"))) {
            text = new PDFTextStripper().getText(pdf);
            Map<COSDictionary, Map<Integer, PDStructureElement>> owners = McidOwners.of(pdf);
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, PDStructureElement> owned = owners.getOrDefault(page.getCOSObject(), Map.of());
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    PDStructureElement element = owned.get(content.getMCID());
                    if (element != null) {
                        for (Object item : content.getContents()) {
                            if (item instanceof TextPosition glyph) {
                                GLYPHS.computeIfAbsent(element, e -> new ArrayList<>()).add(glyph);
                            }
                        }
                    }
                }
            }
        }
    }

    private static String textOf(PDStructureElement element) {
        StringBuilder out = new StringBuilder();
        GLYPHS.get(element).forEach(glyph -> out.append(glyph.getUnicode()));
        return out.toString();
    }

    /** The text of every element of {@code type} whose layout attribute {@code key} passes {@code test}. */
    private static List<String> spans(String key, Predicate<COSBase> test) {
        List<String> texts = new ArrayList<>();
        GLYPHS.keySet().forEach(element -> {
            COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
            if ("Span".equals(element.getStructureType()) && attributes instanceof COSDictionary layout
                    && COSName.getPDFName("Layout").equals(layout.getDictionaryObject(COSName.O))
                    && test.test(layout.getDictionaryObject(COSName.getPDFName(key)))) {
                texts.add(textOf(element));
            }
        });
        return texts;
    }

    @Test
    void extractedTextKeepsEveryMarkedCharacterInPlace() {
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Energy is mc2, water is H2O and the old figure of 12 new figure is 14. Press Ctrl+C"
                + " to copy."), flat);
        assertTrue(flat.contains("see the note3 and xin."), flat);
        assertTrue(flat.contains("Results of the 2nd quarter"), flat);
    }

    @Test
    void struckTextIsASpanWithALineThrough() {
        assertEquals(List.of("old figure of 12", "A plan with two steps", "draft", "none"),
                spans("TextDecorationType", value -> COSName.getPDFName("LineThrough").equals(value)));
    }

    @Test
    void superscriptAndSubscriptAreSpansShiftedSmallerAboveAndBelowTheBaseline() {
        assertEquals(List.of("nd", "2", "n"), spans("BaselineShift",
                value -> value instanceof COSNumber n && n.floatValue() > 0));
        assertEquals(List.of("2", "i", "2"), spans("BaselineShift",
                value -> value instanceof COSNumber n && n.floatValue() < 0));
        TextPosition base = glyph("Energy is mc", 'c');
        TextPosition squared = glyph("2", '2');
        assertTrue(squared.getYDirAdj() < base.getYDirAdj() - 2, "raised: " + squared.getYDirAdj() + " above "
                + base.getYDirAdj());
        assertTrue(squared.getFontSizeInPt() < base.getFontSizeInPt() * 0.8f, "smaller");
    }

    @Test
    void keysAreMonospacedSpans() {
        List<String> keys = new ArrayList<>();
        GLYPHS.forEach((element, glyphs) -> {
            if ("Span".equals(element.getStructureType())
                    && glyphs.stream().allMatch(g -> g.getFont().getName().contains("LiberationMono"))) {
                keys.add(textOf(element));
            }
        });
        assertEquals(List.of("Ctrl", "C", "Ctrl", "S"), keys);
    }

    @Test
    void taskItemsAreLabelledWithTheirBoxAsText() {
        List<String> labels = new ArrayList<>();
        GLYPHS.forEach((element, glyphs) -> {
            if ("Lbl".equals(element.getStructureType())) {
                labels.add(textOf(element));
            }
        });
        assertEquals(List.of("☐", "☑", "•", "1. ☐", "☑", "☐", "2. ☑"), labels);
        assertTrue(text.contains("☐ Draft the summary") || text.contains("☐Draft the summary"), text);
    }

    /** The first glyph {@code c} of the first element whose text starts with {@code start}. */
    private static TextPosition glyph(String start, char c) {
        for (Map.Entry<PDStructureElement, List<TextPosition>> entry : GLYPHS.entrySet()) {
            if (textOf(entry.getKey()).startsWith(start)) {
                int index = textOf(entry.getKey()).indexOf(c, start.length() - 1);
                return entry.getValue().get(index);
            }
        }
        throw new AssertionError("no element starts with " + start);
    }
}
