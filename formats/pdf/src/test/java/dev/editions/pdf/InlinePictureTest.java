package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Pictures in a line of text in the PDF: drawn in their place in the sentence, each a {@code Figure}
 * of the paragraph whose {@code /Alt} is its alt text (inside the link it is part of, if any);
 * decorative ones drawn as artifacts.
 */
class InlinePictureTest {
    private static final Image ICON = Pictures.barChartPng("icon.png", 3);
    private static final Image BADGE = Pictures.barChartPng("badge.png", 5);
    private static final Document DOCUMENT = Document.of(Metadata.builder().title("Icons").language("en").build(),
            List.of(new Paragraph(List.of(new Text("Press "), InlineImage.of(ICON, "the save icon"),
                    new Text(" to save,"), InlineImage.decorative(ICON), new Text(" then close."))),
                    new Paragraph(List.of(new Text("Build status: "), new Link("https://example.org/build", null,
                            List.of(InlineImage.of(BADGE, "build passing"))), new Text(" today.")))));

    @Test
    void aPictureInALineIsAFigureOfTheParagraphInReadingOrderWithItsAltText() throws Exception {
        byte[] pdf = PdfFixtures.pdf(DOCUMENT, EditionOptions.builder().build());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertTrue(text.contains("Press") && text.contains("to save, then close."), text);
            assertFalse(text.contains("[the save icon]"), "no alt text drawn in brackets: " + text);
            List<String> figures = new ArrayList<>();
            collect(read.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertEquals(List.of("P > Figure the save icon Inline", "Link > Figure build passing Inline"), figures);
        }
    }

    @Test
    void thePicturesAreDrawnOnThePageTheInformativeOnesAsFigureContentTheDecorativeOneAsAnArtifact()
            throws IOException {
        try (PDDocument read = Loader.loadPDF(PdfFixtures.pdf(DOCUMENT, EditionOptions.builder().build()))) {
            PDPage page = read.getPage(0);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertEquals(2, images, "the icon (drawn twice) and the badge");
            assertEquals(List.of("Figure", "Artifact", "Figure"), markedContentOfDrawnImages(page));
            assertEquals(1, page.getAnnotations().size(), "the linked badge is a link");
        }
    }

    @Test
    void aParagraphWithPicturesConformsToPdfUaAndPdfA() throws Exception {
        byte[] pdf = PdfFixtures.pdf(DOCUMENT, EditionOptions.builder().build());
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            assertEquals(List.of(), VeraPdfValidator.validate(pdf, flavour).failures(), flavour.toString());
        }
    }

    /** The tag of the marked-content sequence each picture is drawn in, in the order drawn. */
    private static List<String> markedContentOfDrawnImages(PDPage page) throws IOException {
        List<String> tags = new ArrayList<>();
        List<String> open = new ArrayList<>();
        COSName last = null;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof COSName name) {
                last = name;
            } else if (token instanceof Operator operator) {
                switch (operator.getName()) {
                    case "BDC", "BMC" -> open.add(String.valueOf(last == null ? "" : last.getName()));
                    case "EMC" -> open.remove(open.size() - 1);
                    case "Do" -> {
                        // Pictures only: the page's footer is a form drawn as an artifact too.
                        if (page.getResources().getXObject(last) instanceof PDImageXObject) {
                            tags.add(open.isEmpty() ? "none" : open.get(open.size() - 1));
                        }
                    }
                    default -> {
                    }
                }
                last = null;
            }
        }
        return tags;
    }

    private static void collect(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    PDStructureNode parent = element.getParent();
                    String parentType = parent instanceof PDStructureElement p ? p.getStructureType() : "root";
                    out.add(parentType + " > " + element.getStructureType() + " " + element.getAlternateDescription()
                            + " " + ((org.apache.pdfbox.cos.COSDictionary) element.getCOSObject().getDictionaryObject(
                                    COSName.A)).getNameAsString(COSName.getPDFName("Placement")));
                }
                collect(element, out);
            }
        }
    }
}
