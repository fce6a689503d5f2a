package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Document;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Every list item carries its number or bullet, whatever block it starts with. */
class ListItemsTest {
    @Test
    void anItemStartingWithANestedListOrAQuoteIsStillNumbered() throws IOException {
        ListBlock inner = ListBlock.bulleted(List.of(ListItem.of("Inner point")));
        ListBlock list = ListBlock.numbered(List.of(
                ListItem.of("First"),
                new ListItem(List.of(inner, Paragraph.of("After the inner list"))),
                new ListItem(List.of(new Quote(List.of(Paragraph.of("A quoted item"))))),
                ListItem.of("Last")));
        Document document = Document.of(Metadata.builder().title("Lists").language("en").build(), List.of(list));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Editions.docx(document)))) {
            List<XWPFParagraph> numbered = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            List<String> levels = numbered.stream().map(p -> p.getNumIlvl() + ":" + p.getText()).toList();
            assertEquals(List.of("0:First", "0:", "1:Inner point", "0:", "0:Last"), levels);
        }
    }
}
