package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.text.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Notes are footnotes at the end of the content document of their first reference, linked both ways. */
class NotesTest {
    @Test
    void referencesLinkToFootnotesThatLinkBack() {
        Document document = Fixtures.notes();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        List<Element> references = epub.all("a").stream()
                .filter(a -> "noteref".equals(a.getAttributeNS(EpubFile.EPUB, "type"))).toList();
        assertEquals(List.of("1", "2", "3", "4", "1"), references.stream().map(Element::getTextContent).toList());
        for (Element reference : references) {
            assertEquals("doc-noteref", reference.getAttribute("role"));
            assertEquals("sup", ((Element) reference.getParentNode()).getLocalName());
        }
        assertEquals("fnref-1", references.get(0).getAttribute("id"));
        assertEquals("", references.get(4).getAttribute("id"), "a second reference has no anchor of its own");

        List<Element> notes = epub.all("aside");
        assertEquals(4, notes.size());
        for (int i = 0; i < notes.size(); i++) {
            Element note = notes.get(i);
            int number = i + 1;
            assertEquals("fn-" + number, note.getAttribute("id"));
            assertEquals("footnote", note.getAttributeNS(EpubFile.EPUB, "type"));
            assertEquals("doc-footnote", note.getAttribute("role"));
            Element back = (Element) note.getElementsByTagNameNS(EpubFile.XHTML, "a").item(0);
            assertEquals("doc-backlink", back.getAttribute("role"));
            assertEquals("#fnref-" + number, back.getAttribute("href"));
            String text = note.getTextContent().replaceAll("\\s+", " ").strip();
            String expected = PlainText.of(document.notes().get(i)).replaceAll("\\s+", " ").strip();
            assertEquals(number + ". " + expected, text);
        }
        assertEquals(2, notes.get(1).getElementsByTagNameNS(EpubFile.XHTML, "p").getLength(),
                "the note of two paragraphs keeps both");
        for (Element reference : references) {
            String href = reference.getAttribute("href");
            String target = href.substring(href.indexOf('#') + 1);
            assertEquals(1, notes.stream().filter(n -> n.getAttribute("id").equals(target)).count(), href);
        }
        assertNull(epub.entries().get("EPUB/notes.xhtml"));
    }

    @Test
    void aNoteReferredToFromALaterChapterIsReachedThroughItsFile() {
        Document document = Fixtures.notes();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));
        Element later = epub.all("a").stream()
                .filter(a -> "noteref".equals(a.getAttributeNS(EpubFile.EPUB, "type"))).toList().get(4);
        String first = epub.chapters().stream().filter(c -> epub.text(c).contains("id=\"fn-1\"")).findFirst().orElseThrow();
        String in = epub.chapters().stream().filter(c -> epub.text(c).contains("progress")).findFirst().orElseThrow();
        String expected = first.equals(in) ? "#fn-1" : first.substring(first.lastIndexOf('/') + 1) + "#fn-1";
        assertEquals(expected, later.getAttribute("href"));
    }
}
