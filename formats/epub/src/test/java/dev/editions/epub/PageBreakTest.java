package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Block;
import dev.editions.model.Code;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.PlainText;
import dev.editions.write.PageMap;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Page-break markers land just before the first character of their page, counted as the page map
 * counts it, inside paragraphs, lists, quotes, tables and captions alike.
 */
@Tag("slow")
class PageBreakTest {
    @Test
    void everyMarkerPrecedesTheFirstCharacterOfItsPage() {
        Document document = document();
        List<PageMap.PageStart> starts = new ArrayList<>();
        for (int block = 0; block < document.blocks().size(); block++) {
            int length = PlainText.of(document.blocks().get(block)).length();
            for (int offset = 0; offset < length; offset += 11) {
                starts.add(new PageMap.PageStart(Integer.toString(starts.size() + 1), block, offset));
            }
        }
        WriteContext options = Books.OPTIONS.withPageMap(new PageMap("urn:example:print", starts));
        Path file = Books.write("page-breaks", document, options);
        EpubFile epub = EpubFile.read(Books.bytes(document, options));
        Element section = (Element) epub.xml("EPUB/chapter-1.xhtml").getElementsByTagNameNS(EpubFile.XHTML, "section").item(0);
        List<Element> blocks = new ArrayList<>();
        for (Node child = section.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !"pagebreak".equals(element.getAttributeNS(EpubFile.EPUB, "type"))) {
                blocks.add(element);
            }
        }
        assertEquals(document.blocks().size(), blocks.size());

        for (PageMap.PageStart start : starts) {
            String expected = squeeze(PlainText.of(document.blocks().get(start.block())).substring(0, start.offset()));
            String before = textBefore(blocks.get(start.block()), "page_" + start.label());
            assertEquals(expected, before, "page " + start.label() + " at block " + start.block() + " offset " + start.offset());
        }
        assertEquals(List.of(), EpubCheckValidator.validate(file));
    }

    @Tag("slow")
    @ParameterizedTest
    @ValueSource(strings = {"feature-rich", "large-report"})
    void theMarkersOfARealPdfLandOnTheFirstWordsOfItsPages(String name) throws IOException {
        Document document = Fixtures.standard().get(name).get();
        WriteContext plain = WriteContext.of(dev.editions.write.EditionOptions.builder().build(), "fixture");
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        PageMap pages = new dev.editions.pdf.PdfWriter().write(document, pdf, plain).pages().orElseThrow();
        EpubFile epub = EpubFile.read(Books.bytes(document, plain.withPageMap(pages)));
        Map<Integer, Element> blocks = new java.util.HashMap<>();
        for (String chapter : epub.chapters()) {
            Element section = (Element) epub.xml(chapter).getElementsByTagNameNS(EpubFile.XHTML, "section").item(0);
            topLevel(section, document, blocks);
        }
        try (PDDocument printed = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals(printed.getNumberOfPages(), pages.starts().size());
            for (int i = 0; i < pages.starts().size(); i++) {
                PageMap.PageStart start = pages.starts().get(i);
                String text = PlainText.of(document.blocks().get(start.block()));
                assertEquals(squeeze(text.substring(0, start.offset())),
                        textBefore(blocks.get(start.block()), "page_" + start.label()), "page " + start.label());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String word = firstWord(text.substring(start.offset()));
                assertTrue(squeeze(stripper.getText(printed)).contains(word),
                        "page " + start.label() + " of the PDF shows '" + word + "' where its marker stands");
            }
        }
    }

    /** Maps each top-level block of the document to its element, for the chapters' sections. */
    private static void topLevel(Element section, Document document, Map<Integer, Element> blocks) {
        for (Node child = section.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !"pagebreak".equals(element.getAttributeNS(EpubFile.EPUB, "type"))) {
                blocks.put(blocks.size(), element);
            }
        }
    }

    private static String firstWord(String text) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}{3,}").matcher(text);
        return word.find() ? word.group() : squeeze(text).substring(0, Math.min(3, squeeze(text).length()));
    }

    /** The text of {@code block} before the marker {@code id}, or "" when the marker stands just before the block. */
    private static String textBefore(Element block, String id) {
        Node previous = block.getPreviousSibling();
        while (previous != null && !(previous instanceof Element)) {
            previous = previous.getPreviousSibling();
        }
        for (Node node = previous; node instanceof Element e && "pagebreak".equals(e.getAttributeNS(EpubFile.EPUB, "type"));
                node = node.getPreviousSibling()) {
            if (id.equals(e.getAttribute("id"))) {
                return "";
            }
        }
        StringBuilder text = new StringBuilder();
        if (!collect(block, id, text)) {
            throw new AssertionError("no marker " + id + " in or before " + block.getTextContent());
        }
        return squeeze(text.toString());
    }

    private static boolean collect(Node node, String id, StringBuilder text) {
        if (node instanceof Element e && id.equals(e.getAttribute("id"))) {
            return true;
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (collect(child, id, text)) {
                return true;
            }
        }
        return false;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Document document() {
        List<Block> blocks = List.of(
                new Heading(1, List.of(new Text("Pages everywhere"))),
                new Paragraph(List.of(new Text("Plain words, then "), new Emphasis(List.of(new Text("emphasised words"))),
                        new Text(", "), new Code("code()"), new Text(", a "),
                        new Link("https://example.org/", null, List.of(new Text("link with text"))), LineBreak.INSTANCE,
                        new LanguageSpan("fr", List.of(new Text("une phrase en français"))), new Text(" and the end."))),
                ListBlock.bulleted(List.of(ListItem.of("First item of the list"),
                        new ListItem(List.of(Paragraph.of("Second item, with children:"),
                                ListBlock.numbered(List.of(ListItem.of("nested one"), ListItem.of("nested two"))))))),
                new Quote(List.of(Paragraph.of("A quoted paragraph of some length."), Paragraph.of("And its source."))),
                new Table(List.of(new Text("Caption of the table")), List.of(Table.Alignment.START, Table.Alignment.END),
                        List.of(Table.Row.of("Name", "Value")),
                        List.of(Table.Row.of("alpha", "1"), Table.Row.of("", "2"), Table.Row.of("gamma delta", "33"))),
                Figure.of(dev.editions.fixtures.Pictures.barChartPng("chart.png", 1), "A bar chart.",
                        List.<Inline>of(new Text("Figure 1. A chart with a caption."))),
                Paragraph.of("The closing paragraph."));
        return new Document(Metadata.builder().title("Page breaks").language("en").build(), blocks,
                dev.editions.model.Glossary.EMPTY, List.of());
    }
}
