package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Definition lists, admonitions and formulas read back from the XHTML: {@code dl} with its terms and
 * definitions, notes labelled by their title, a disclosure open with its summary, TeX kept as code.
 */
class SetApartBlocksTest {
    private static final EpubFile EPUB = EpubFile.read(Books.bytes(Fixtures.blocks(), Books.OPTIONS));

    @Test
    void definitionListsAreDlWithTermsAndDefinitions() {
        List<Element> lists = EPUB.all("dl");
        assertEquals(1, lists.size());
        List<Element> terms = children(lists.get(0), "dt");
        assertEquals(List.of("Track II", "Confidence building"), terms.stream().map(Element::getTextContent).toList());
        List<Element> definitions = children(lists.get(0), "dd");
        assertEquals(3, definitions.size());
        assertEquals("Dialogue between non-governmental experts.", definitions.get(0).getTextContent());
        assertEquals(1, definitions.get(1).getElementsByTagNameNS(EpubFile.XHTML, "ul").getLength());
    }

    @Test
    void admonitionsAreNotesLabelledByTheirTitle() {
        List<Element> notes = EPUB.all("div").stream().filter(div -> "note".equals(div.getAttribute("role"))).toList();
        assertEquals(List.of("Note", "Reading the tables", "Important", "Do not quote", "Caution"),
                notes.stream().map(note -> title(note).getTextContent()).toList());
        for (Element note : notes) {
            assertEquals(note.getAttribute("aria-labelledby"), title(note).getAttribute("id"));
        }
        assertEquals("admonition warning", notes.get(3).getAttribute("class"));
        assertEquals("Participants spoke in a personal capacity.",
                children(notes.get(3), "p").get(1).getTextContent());
    }

    @Test
    void aDisclosureIsOpenDetailsWithItsSummary() {
        List<Element> details = EPUB.all("details");
        assertEquals(1, details.size());
        assertEquals("open", details.get(0).getAttribute("open"));
        assertEquals("How the rounds were run", children(details.get(0), "summary").get(0).getTextContent());
        assertEquals("session 1: security\nsession 2: economy", children(details.get(0), "pre").get(0).getTextContent());
    }

    @Test
    void formulasKeepTheirTex() {
        List<Element> math = EPUB.all("code").stream().filter(code -> code.getAttribute("class").contains("math"))
                .toList();
        assertEquals(List.of("math", "language-math"), math.stream().map(code -> code.getAttribute("class")).toList());
        assertEquals("t_{n+1} = t_n + \\alpha (1 - t_n)", math.get(0).getTextContent());
        assertEquals("\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}", math.get(1).getTextContent());
        Document document = Fixtures.blocks();
        assertEquals(document.metadata().title(), EPUB.dc("title").get(0));
    }

    private static Element title(Element note) {
        return children(note, "p").get(0);
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> found = new java.util.ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && local.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
