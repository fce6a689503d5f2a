package dev.editions.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** Which structure element owns each marked-content id of each page, read from a PDF's structure tree. */
final class McidOwners {
    private McidOwners() {
    }

    /** Per page dictionary, the element owning each MCID on that page. */
    static Map<COSDictionary, Map<Integer, PDStructureElement>> of(PDDocument pdf) {
        Map<COSDictionary, Map<Integer, PDStructureElement>> owners = new IdentityHashMap<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), null, owners);
        return owners;
    }

    private static void collect(PDStructureNode node, PDPage inherited,
            Map<COSDictionary, Map<Integer, PDStructureElement>> owners) {
        PDPage page = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage()
                : inherited;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement child) {
                collect(child, page, owners);
            } else if (kid instanceof Integer mcid && node instanceof PDStructureElement element) {
                owners.computeIfAbsent(page.getCOSObject(), p -> new HashMap<>()).put(mcid, element);
            } else if (kid instanceof PDMarkedContentReference reference && node instanceof PDStructureElement element) {
                PDPage referenced = reference.getPage() != null ? reference.getPage() : page;
                owners.computeIfAbsent(referenced.getCOSObject(), p -> new HashMap<>()).put(reference.getMCID(), element);
            }
        }
    }
}
