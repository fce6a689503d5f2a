package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Struck, raised and lowered text, keys and task items in the XHTML, read back with an XML parser. */
class InlineMarksTest {
    private static final EpubFile EPUB = EpubFile.read(Books.bytes(Fixtures.inlineMarks(), Books.OPTIONS));

    private static List<String> texts(String element) {
        return EPUB.all(element).stream().map(Element::getTextContent).toList();
    }

    @Test
    void eachMarkIsItsElement() {
        assertEquals(List.of("old figure of 12", "A plan with two steps", "draft", "none"), texts("del"));
        assertEquals(List.of("nd", "2", "3", "n"), texts("sup"));
        assertEquals(List.of("2", "in", "2"), texts("sub"));
        assertEquals(List.of("Ctrl", "C", "Ctrl", "S"), texts("kbd"));
        Element emphasis = EPUB.all("em").getFirst();
        assertEquals("del", ((Element) emphasis.getParentNode()).getLocalName(), "emphasis inside struck text");
        Element noteNumber = EPUB.all("sup").get(2);
        assertEquals("a", ((Element) noteNumber.getParentNode()).getLocalName(), "superscript inside the link");
    }

    @Test
    void taskItemsAreDisabledCheckBoxesLabelledByTheirText() {
        List<Element> boxes = EPUB.all("input");
        assertEquals(6, boxes.size());
        List<String> labels = boxes.stream().map(box -> ((Element) box.getParentNode()).getTextContent().strip())
                .toList();
        assertEquals(List.of("Draft the summary", "Send the report to the reviewers", "Check the draft final tables",
                "Table 1", "Table 2", "Publish"), labels);
        List<Boolean> checked = boxes.stream().map(box -> box.hasAttribute("checked")).toList();
        assertEquals(List.of(false, true, false, true, false, true), checked);
        for (Element box : boxes) {
            assertEquals("checkbox", box.getAttribute("type"));
            assertEquals("disabled", box.getAttribute("disabled"));
            Element label = (Element) box.getParentNode();
            assertEquals("label", label.getLocalName());
            assertEquals("li", ((Element) label.getParentNode().getParentNode()).getLocalName());
            assertEquals("task", ((Element) label.getParentNode().getParentNode()).getAttribute("class"));
        }
        List<Element> items = EPUB.all("li");
        assertTrue(items.stream().anyMatch(li -> li.getTextContent().equals("An item that is not a task")
                && !li.hasAttribute("class")));
        assertFalse(EPUB.all("li").isEmpty());
    }
}
