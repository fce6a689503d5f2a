package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.text.Outline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** An empty header cell is tagged TD; headings in any script get distinct destinations links reach. */
class TablesAndAnchorsTest {
    @Test
    void anEmptyHeaderCellIsTaggedAsADataCell() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("anchors"))) {
            List<String> headerRow = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "THead", headerRow, false);
            assertEquals(List.of("TR", "TD", "TH", "TH"), headerRow);
        }
    }

    @Test
    void everyHeadingHasItsOwnDestinationAndEveryLinkReachesOne() throws IOException {
        int headings = Outline.of(Fixtures.anchors()).entries().size();
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("anchors"))) {
            Set<String> names = new HashSet<>(pdf.getDocumentCatalog().getNames().getDests().getNames().keySet());
            assertEquals(headings, names.size(), names::toString);
            assertTrue(names.stream().allMatch(name -> name.chars().allMatch(c -> c > ' ' && c < 0x7F)), names::toString);
            List<String> targets = PdfFixtures.linkedDestinations(pdf);
            assertEquals(5, targets.size(), targets::toString);
            assertTrue(names.containsAll(targets), () -> targets + " in " + names);
            assertEquals(5, new HashSet<>(targets).size(), "five headings, five destinations");
        }
    }

    /** The structure types under the first element of type {@code start}, in order, into {@code out}. */
    private static boolean collect(PDStructureNode node, String start, List<String> out, boolean inside) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (inside) {
                    out.add(element.getStructureType());
                    collect(element, start, out, true);
                } else if (start.equals(element.getStructureType())) {
                    collect(element, start, out, true);
                    return true;
                } else if (collect(element, start, out, false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
