package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Pictures in a line of text are {@code img} elements inside the paragraph, between the words around them. */
class InlinePictureTest {
    private static final Image ICON = Pictures.barChartPng("icon.png", 3);

    @Test
    void aPictureInALineIsAnImgInsideTheParagraphWithItsAltText() {
        Document document = Document.of(Metadata.builder().title("Icons").language("en").build(), List.of(
                new Paragraph(List.of(new Text("Press "), InlineImage.of(ICON, "the save icon"), new Text(" then "),
                        InlineImage.decorative(ICON), new Text(" done.")))));
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));
        Element paragraph = epub.all("p").stream().filter(p -> p.getTextContent().startsWith("Press"))
                .findFirst().orElseThrow();
        List<String> order = new ArrayList<>();
        List<Element> images = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element img && "img".equals(img.getLocalName())) {
                images.add(img);
                order.add("[" + img.getAttribute("alt") + "]");
            } else {
                order.add(child.getTextContent());
            }
        }
        assertEquals(List.of("Press ", "[the save icon]", " then ", "[]", " done."), order);
        assertEquals("", images.get(0).getAttribute("role"));
        assertEquals("presentation", images.get(1).getAttribute("role"));
        assertTrue(images.get(1).hasAttribute("alt"), "a decorative picture has an empty alt");
        String src = images.get(0).getAttribute("src");
        assertEquals(src, images.get(1).getAttribute("src"), "one file for the same picture");
        assertArrayEquals(ICON.bytes(), epub.bytes("EPUB/" + src));
        assertTrue(epub.text("EPUB/package.opf").contains("href=\"" + src + "\""), "the picture is in the manifest");
    }
}
