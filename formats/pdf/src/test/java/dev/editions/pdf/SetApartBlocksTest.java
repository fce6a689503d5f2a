package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Definition lists are tagged {@code L > LI > (Lbl, LBody)} with the term as the label; admonitions are
 * a {@code Div} whose first element is the title paragraph; formulas keep their TeX. Read back with
 * PDFBox.
 */
class SetApartBlocksTest {
    private static final byte[] PDF = PdfFixtures.pdf(Fixtures.blocks(), EditionOptions.builder().build());

    @Test
    void definitionListsAndAdmonitionsHaveTheirStructure() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            List<PDStructureElement> elements = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<PDStructureElement> lists = elements.stream().filter(e -> "L".equals(e.getStructureType())).toList();
            PDStructureElement definitions = lists.get(0);
            List<PDStructureElement> entries = kids(definitions);
            assertEquals(2, entries.size());
            for (PDStructureElement entry : entries) {
                assertEquals("LI", entry.getStructureType());
                assertEquals(List.of("Lbl", "LBody"), kids(entry).stream().map(PDStructureElement::getStructureType)
                        .toList());
            }
            assertEquals(List.of("P", "P", "L"), kids(kids(entries.get(0)).get(1)).stream()
                    .map(PDStructureElement::getStructureType).toList(), "three definitions' blocks in the body");
            List<PDStructureElement> divs = elements.stream().filter(e -> "Div".equals(e.getStructureType())).toList();
            assertEquals(6, divs.size());
            for (PDStructureElement div : divs) {
                assertEquals("P", kids(div).get(0).getStructureType(), "a title paragraph first");
                assertTrue(kids(div).size() >= 2);
            }
        }
    }

    @Test
    void everyTitleTermAndFormulaIsInTheText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Track II", "Confidence building", "Note", "Reading the tables", "Important",
                    "Do not quote", "Caution", "How the rounds were run", "session 2: economy",
                    "t_{n+1} = t_n + \\alpha (1 - t_n)", "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
                collect(element, out);
            }
        }
    }

    private static List<PDStructureElement> kids(PDStructureElement element) {
        List<PDStructureElement> kids = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                kids.add(child);
            }
        }
        return kids;
    }
}
