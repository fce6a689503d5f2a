package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionOptions;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Pictures in a line of text in the PDF: their alt text in brackets in its place in the sentence, in a
 * span of the paragraph whose actual text is the alt text; decorative ones left out.
 */
class InlinePictureTest {
    private static final Image ICON = Pictures.barChartPng("icon.png", 3);
    private static final Document DOCUMENT = Document.of(Metadata.builder().title("Icons").language("en").build(),
            List.of(new Paragraph(List.of(new Text("Press "), InlineImage.of(ICON, "the save icon"),
                    new Text(" to save,"), InlineImage.decorative(ICON), new Text(" then close.")))));

    @Test
    void aPictureInALineIsItsAltTextInASpanOfTheParagraphInReadingOrder() throws Exception {
        byte[] pdf = PdfFixtures.pdf(DOCUMENT, EditionOptions.builder().build());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertTrue(text.contains("Press [the save icon] to save, then close."), text);
            List<String> spans = new ArrayList<>();
            collect(read.getDocumentCatalog().getStructureTreeRoot(), spans);
            assertEquals(List.of("P > Span the save icon"), spans);
        }
    }

    @Test
    void aParagraphWithPicturesConformsToPdfUaAndPdfA() throws Exception {
        byte[] pdf = PdfFixtures.pdf(DOCUMENT, EditionOptions.builder().build());
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            assertEquals(List.of(), VeraPdfValidator.validate(pdf, flavour).failures(), flavour.toString());
        }
    }

    private static void collect(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getActualText() != null) {
                    PDStructureNode parent = element.getParent();
                    String parentType = parent instanceof PDStructureElement p ? p.getStructureType() : "root";
                    out.add(parentType + " > " + element.getStructureType() + " " + element.getActualText());
                }
                collect(element, out);
            }
        }
    }
}
