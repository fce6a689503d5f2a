package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout's promises, read back from the PDF through its tags: no heading ends a page (it is
 * kept with what follows), and no paragraph leaves a single line at the foot of one page or the head
 * of the next.
 */
class LayoutRulesTest {
    /** What one page shows of one structure element: the baselines of its lines. */
    private record Piece(PDStructureElement element, TreeSet<Float> lines) {
    }

    /** Headings followed by paragraphs of 1 to 12 lines, so page breaks fall everywhere. */
    private static Document longParagraphs() {
        List<Block> blocks = new ArrayList<>();
        String sentence = "Dialogue between experts continued throughout the year despite official tension. ";
        for (int i = 0; i < 240; i++) {
            if (i % 6 == 0) {
                blocks.add(new Heading(1 + i % 12 / 6, List.of(new Text("Section " + i))));
            }
            blocks.add(Paragraph.of(sentence.repeat(1 + i * 7 % 12).strip()));
        }
        return Document.of(Metadata.titled("Long paragraphs"), blocks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"feature-rich", "large-report", "long-paragraphs"})
    void headingsAreKeptWithTheirTextAndParagraphsLeaveNoLoneLines(String fixture) throws IOException {
        byte[] bytes = fixture.equals("long-paragraphs")
                ? PdfFixtures.pdf(longParagraphs(), EditionOptions.builder().build()) : PdfFixtures.pdf(fixture);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<List<Piece>> pages = pieces(pdf);
            List<String> problems = new ArrayList<>();
            Map<COSDictionary, List<Integer>> linesPerPage = new IdentityHashMap<>();
            for (int p = 0; p < pages.size(); p++) {
                List<Piece> page = pages.get(p);
                Piece last = page.get(page.size() - 1);
                if (p < pages.size() - 1 && last.element().getStructureType().matches("H[1-6]")) {
                    problems.add("page " + (p + 1) + " ends with a heading");
                }
                for (Piece piece : page) {
                    if ("P".equals(piece.element().getStructureType())) {
                        linesPerPage.computeIfAbsent(piece.element().getCOSObject(), e -> new ArrayList<>()).add(piece.lines().size());
                    }
                }
            }
            int split = 0;
            for (List<Integer> lines : linesPerPage.values()) {
                if (lines.size() > 1) {
                    split++;
                    if (lines.get(0) < 2 || lines.get(lines.size() - 1) < 2) {
                        problems.add("a paragraph split " + lines + " lines across pages");
                    }
                }
            }
            assertEquals(List.of(), problems);
            if (fixture.equals("long-paragraphs")) {
                assertTrue(split > 10, "the rule was exercised: " + split + " paragraphs cross a page break");
            }
        }
    }

    /** Per page, the structure elements its tagged text belongs to, in content order. */
    private static List<List<Piece>> pieces(PDDocument pdf) throws IOException {
        Map<COSDictionary, Map<Integer, PDStructureElement>> owners = McidOwners.of(pdf);
        List<List<Piece>> pages = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, PDStructureElement> owned = owners.getOrDefault(page.getCOSObject(), new HashMap<>());
            List<Piece> pieces = new ArrayList<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                PDStructureElement element = owned.get(content.getMCID());
                if (element == null) {
                    continue;
                }
                TreeSet<Float> lines = new TreeSet<>();
                for (Object item : content.getContents()) {
                    if (item instanceof TextPosition glyph) {
                        lines.add((float) Math.round(glyph.getY()));
                    }
                }
                Piece previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (previous != null && previous.element().getCOSObject() == element.getCOSObject()) {
                    previous.lines().addAll(lines);
                } else {
                    pieces.add(new Piece(element, lines));
                }
            }
            pages.add(pieces);
        }
        return pages;
    }

}
