package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Pictures in a line of text, read back with POI: drawings in the runs, in reading order, described by their alt text. */
class InlinePictureTest {
    private static final Image ICON = Pictures.barChartPng("icon.png", 3);

    @Test
    void aPictureInALineIsAnInlineDrawingBetweenTheWordsAroundIt() throws IOException {
        Document document = Document.of(Metadata.builder().title("Icons").language("en").build(), List.of(
                new Paragraph(List.of(new Text("Press "), InlineImage.of(ICON, "the save icon"), new Text(" to save, "),
                        new Link("https://example.org", null, List.of(InlineImage.decorative(ICON), new Text("here"))),
                        new Text(".")))));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Editions.docx(document)))) {
            XWPFParagraph paragraph = docx.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Press")).findFirst().orElseThrow();
            List<String> order = new ArrayList<>();
            List<CTInline> drawings = new ArrayList<>();
            for (XWPFRun run : paragraph.getRuns()) {
                if (run.getCTR().sizeOfDrawingArray() > 0) {
                    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
                    drawings.add(inline);
                    order.add("[" + inline.getDocPr().getDescr() + "]");
                    assertEquals(inline.getDocPr().getDescr(), run.getEmbeddedPictures().get(0).getDescription());
                } else {
                    order.add(run.text());
                }
            }
            assertEquals(List.of("Press ", "[the save icon]", " to save, ", "[]", "here", "."), order);
            assertEquals("Press  to save, here.", paragraph.getText());
            assertTrue(drawings.get(1).getDocPr().getExtLst().xmlText().contains("decorative"),
                    "the decorative picture carries Office's decorative flag");
            long height = drawings.get(0).getExtent().getCy();
            assertEquals(11 * 12 * 12700 / 10, height, "as high as a line of body text");
            assertEquals(height * ICON.width() / ICON.height(), drawings.get(0).getExtent().getCx());
            assertTrue(!docx.getAllPictures().isEmpty(), "the picture is in the package");
        }
    }
}
