package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Links whose text runs over several lines and across a page break get one annotation per line,
 * each tied to the same Link element, on every page the link is on; an abbreviation inside a link
 * keeps its expansion.
 */
@Tag("slow")
class LinksAcrossPagesTest {
    private static final String OSCE = "Organization for Security and Co-operation in Europe";

    private static Document linkedParagraphs() {
        List<Block> blocks = new ArrayList<>();
        String words = "the full record of the second round of the dialogue with every paper and minute ";
        for (int i = 0; i < 40; i++) {
            blocks.add(new Paragraph(List.of(new Text("See "), new Link("https://example.org/record/" + i, null,
                    List.of(new Text(words.repeat(4 + i % 5)), new Abbreviation("OSCE", OSCE), new Text(" archive"))),
                    new Text("."))));
        }
        return Document.of(Metadata.builder().title("Linked record").language("en").build(), blocks);
    }

    @Test
    void aLinkBrokenAcrossPagesIsOneElementWithAnAnnotationPerLine() throws Exception {
        byte[] bytes = PdfFixtures.pdf(linkedParagraphs(), EditionOptions.builder().build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            List<COSDictionary> links = new ArrayList<>();
            collect(root.getDictionaryObject(COSName.K), links);
            assertEquals(40, links.size());
            int acrossPages = 0;
            for (COSDictionary link : links) {
                Set<COSDictionary> pages = new HashSet<>();
                int annotations = 0;
                COSArray kids = (COSArray) link.getDictionaryObject(COSName.K);
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid
                            && "OBJR".equals(kid.getNameAsString(COSName.TYPE))) {
                        annotations++;
                        pages.add(kid.getCOSDictionary(COSName.PG));
                    }
                }
                assertTrue(annotations >= 4, "one annotation per line, found " + annotations);
                if (pages.size() > 1) {
                    acrossPages++;
                }
            }
            assertTrue(acrossPages > 0, "some link crosses a page break");
            COSArray second = (COSArray) links.get(1).getDictionaryObject(COSName.K);
            assertEquals(OSCE, ((COSDictionary) second.getObject(1)).getString(COSName.E),
                    "the abbreviation in the second link is a span with its expansion");
        }
        assertEquals(List.of(), VeraPdfValidator.validate(bytes, PDFAFlavour.PDFUA_1).failures());
    }

    private static void collect(COSBase node, List<COSDictionary> links) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.getObject(i), links);
            }
        } else if (node instanceof COSDictionary element && element.containsKey(COSName.S)) {
            if ("Link".equals(element.getNameAsString(COSName.S))) {
                links.add(element);
            } else {
                collect(element.getDictionaryObject(COSName.K), links);
            }
        }
    }
}
