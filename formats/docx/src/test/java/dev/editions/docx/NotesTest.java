package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Document;
import dev.editions.text.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** Notes become real footnotes, referred to from the text where the model refers to them. */
class NotesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void everyNoteIsAFootnoteInTheFootnoteTextStyle() throws IOException {
        Document model = Editions.fixture("notes");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Editions.of("notes")))) {
            List<XWPFFootnote> footnotes = doc.getFootnotes().stream()
                    .filter(f -> !f.getCTFtnEdn().isSetType() || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).toList();
            assertEquals(model.notes().size(), footnotes.size());
            for (int i = 0; i < footnotes.size(); i++) {
                XWPFFootnote footnote = footnotes.get(i);
                assertEquals(i + 1, footnote.getId().intValue());
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : footnote.getParagraphs()) {
                    assertEquals("FootnoteText", p.getStyle());
                    text.append(p.getText().replace("[footnoteRef:" + (i + 1) + "]", "")).append('\n');
                }
                assertEquals(PlainText.of(model.notes().get(i)).replaceAll("\\s+", " ").strip(),
                        text.toString().replaceAll("\\s+", " ").strip());
                assertEquals(1, count(footnote.getParagraphs().get(0).getCTP(), "footnoteRef"),
                        "the footnote starts with its number mark");
            }
            assertEquals(2, footnotes.get(1).getParagraphs().size(), "the note of two paragraphs keeps both");
        }
    }

    @Test
    void theTextRefersToTheFootnotesInOrderAndASecondReferenceShowsTheNumber() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Editions.of("notes")))) {
            List<String> references = new ArrayList<>();
            try (XmlCursor cursor = doc.getDocument().getBody().newCursor()) {
                while (cursor.toNextToken() != XmlCursor.TokenType.ENDDOC) {
                    XmlObject object = cursor.getObject();
                    if (object instanceof CTR run && run.isSetRPr() && run.getRPr().sizeOfRStyleArray() > 0
                            && run.getRPr().getRStyleArray(0).getVal().equals("FootnoteReference")) {
                        references.add(run.sizeOfFootnoteReferenceArray() > 0
                                ? "ref " + run.getFootnoteReferenceArray(0).getId()
                                : "text " + run.getTArray(0).getStringValue());
                    }
                }
            }
            assertEquals(List.of("ref 1", "ref 2", "ref 3", "ref 4", "text 1"), references);
        }
    }

    private static int count(XmlObject object, String local) {
        return object.selectPath("declare namespace w='" + W + "' .//w:" + local).length;
    }

    static {
        // Loaded so the schema type of footnote references is known to the cursor walk.
        CTFtnEdnRef.type.getName();
    }
}
