package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Table;
import dev.editions.text.Outline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XHTML carries the model's semantics: languages, titles, abbreviations, tables, figures, navigation. */
class ContentDocumentTest {
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Test
    void everyDocumentDeclaresTheLanguageTwiceAndHasATitle() {
        EpubFile epub = EpubFile.read(Books.bytes(Fixtures.featureRich(), Books.OPTIONS));
        for (String name : epub.entries().keySet()) {
            if (name.endsWith(".xhtml")) {
                Element html = epub.xml(name);
                assertEquals("en-GB", html.getAttribute("lang"), name);
                assertEquals("en-GB", html.getAttributeNS(XML, "lang"), name);
                assertFalse(html.getElementsByTagNameNS(EpubFile.XHTML, "title").item(0).getTextContent().isBlank(), name);
                assertEquals(1, html.getElementsByTagNameNS(EpubFile.XHTML, "main").getLength(), name);
            }
        }
    }

    @Test
    void abbreviationsAreSpelledOutOnceAndAlwaysCarryTheirExpansion() {
        Document document = Fixtures.featureRich();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));
        Map<String, String> glossary = document.glossary().entries();

        List<Element> abbreviations = epub.all("abbr");
        assertFalse(abbreviations.isEmpty());
        for (Element abbr : abbreviations) {
            assertEquals(glossary.get(abbr.getTextContent()), abbr.getAttribute("title"));
        }
        String text = epub.all("main").stream().map(Element::getTextContent).reduce("", String::concat);
        assertEquals(1, count(text, "Russian International Affairs Council (RIAC)"), text);
        assertEquals(1, count(text, "North Atlantic Treaty Organization (NATO)"), text);
        assertEquals(1, count(text, Fixtures.RUSI), "RUSI is written out by the text itself, once");
    }

    @Test
    void languageSpansTablesAndFiguresKeepTheirSemantics() {
        Document document = Fixtures.featureRich();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        Element russian = epub.all("span").stream().filter(s -> "ru".equals(s.getAttribute("lang"))).findFirst().orElseThrow();
        assertEquals("ru", russian.getAttributeNS(XML, "lang"));
        assertEquals("Российский совет по международным делам", russian.getTextContent());

        Element table = epub.all("table").getFirst();
        assertEquals("Table 1. Meetings and notes by year.", table.getElementsByTagNameNS(EpubFile.XHTML, "caption")
                .item(0).getTextContent());
        NodeList headers = table.getElementsByTagNameNS(EpubFile.XHTML, "th");
        assertEquals(3, headers.getLength());
        for (int i = 0; i < headers.getLength(); i++) {
            assertEquals("col", ((Element) headers.item(i)).getAttribute("scope"));
        }
        assertEquals(150 * 3, table.getElementsByTagNameNS(EpubFile.XHTML, "td").getLength());

        List<Element> images = epub.all("img");
        assertEquals(3, images.size());
        assertEquals("Bar chart of meetings per quarter: 12, 18, 9, 22 and 16 meetings.", images.get(0).getAttribute("alt"));
        assertEquals("figure", ((Element) images.get(0).getParentNode()).getLocalName());
        assertEquals("Figure 1. Meetings per quarter, 2017–2018.", epub.all("figcaption").getFirst().getTextContent());
        Element decorative = images.get(2);
        assertTrue(decorative.hasAttribute("alt"));
        assertEquals("", decorative.getAttribute("alt"));
        assertEquals("presentation", decorative.getAttribute("role"));
    }

    @Test
    void aLoneTitleHeadingDoesNotHoldTheWholeReport() {
        EpubFile epub = EpubFile.read(Books.bytes(Fixtures.featureRich(), Books.OPTIONS));

        assertEquals(List.of("EPUB/chapter-1.xhtml", "EPUB/chapter-2.xhtml", "EPUB/chapter-3.xhtml", "EPUB/chapter-4.xhtml"),
                epub.chapters());
        assertTrue(epub.text("EPUB/chapter-1.xhtml").contains("<h1 id=\"introduction\">"));
        assertTrue(epub.text("EPUB/chapter-2.xhtml").contains("<h1 id=\"findings\">"));
        assertTrue(epub.text("EPUB/chapter-2.xhtml").contains("<h2 id=\"data-by-year\">"));
        assertTrue(epub.text("EPUB/chapter-4.xhtml").contains("<h1 id=\"conclusion\">"));
    }

    @Test
    void aTableWithoutHeaderRowsGetsRowHeaders() {
        Document document = Document.of(Metadata.builder().title("Rows").language("en").build(), List.of(
                Table.of(List.of(), List.of(), List.of(Table.Row.of("Alpha", "1"), Table.Row.of("Beta", "2")))));
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        List<Element> headers = epub.all("th");
        assertEquals(List.of("Alpha", "Beta"), headers.stream().map(Element::getTextContent).toList());
        assertTrue(headers.stream().allMatch(th -> "row".equals(th.getAttribute("scope"))));
        assertEquals(List.of(), epub.all("caption"), "an empty caption is left out");
    }

    @Test
    void anEmptyHeaderCellIsADataCellAndHeadingIdsAreTheOutlines() {
        EpubFile epub = EpubFile.read(Books.bytes(Fixtures.anchors(), Books.OPTIONS));
        Element headerRow = (Element) epub.all("thead").getFirst().getElementsByTagNameNS(EpubFile.XHTML, "tr").item(0);
        List<String> cells = new java.util.ArrayList<>();
        for (org.w3c.dom.Node cell = headerRow.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
            if (cell instanceof Element element) {
                cells.add(element.getLocalName() + ":" + element.getTextContent());
            }
        }
        assertEquals(List.of("td:", "th:2023", "th:2024"), cells);
        List<String> ids = new java.util.ArrayList<>();
        for (String heading : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            epub.all(heading).forEach(h -> ids.add(h.getAttribute("id")));
        }
        assertEquals(dev.editions.text.Outline.of(Fixtures.anchors()).entries().stream()
                .map(dev.editions.text.Outline.Entry::id).sorted().toList(), ids.stream().sorted().toList());
    }

    @Test
    void chaptersStartAtTopLevelHeadingsAndTheTableOfContentsLinksEveryHeading() {
        Document document = Fixtures.largeReport(100);
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));
        int top = document.blocks().stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min()
                .orElseThrow();
        long topHeadings = document.blocks().stream().filter(b -> b instanceof Heading h && h.level() == top).count();
        boolean leading = !(document.blocks().getFirst() instanceof Heading h && h.level() == top);

        assertEquals(topHeadings + (leading ? 1 : 0), epub.chapters().size());
        for (String chapter : epub.chapters()) {
            NodeList sections = epub.xml(chapter).getElementsByTagNameNS(EpubFile.XHTML, "section");
            Element section = (Element) sections.item(0);
            assertEquals("chapter", section.getAttributeNS(EpubFile.EPUB, "type"), chapter);
            assertEquals("doc-chapter", section.getAttribute("role"), chapter);
        }
        String nav = epub.text("EPUB/nav.xhtml");
        assertTrue(nav.contains("epub:type=\"toc\" role=\"doc-toc\""), nav);
        assertTrue(nav.contains("epub:type=\"landmarks\""), nav);
        for (Outline.Entry entry : Outline.of(document).entries()) {
            assertTrue(nav.contains(".xhtml#" + entry.id() + "\""), entry.id());
        }
        assertTrue(epub.text("EPUB/package.opf").contains("<itemref idref=\"nav\"/>"), "the navigation is in the spine");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
