package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one traversal visits every block and inline in reading order, nested ones included; code is text, not inlines. */
class BlocksTest {
    @Test
    void everyBlockIsVisitedBeforeItsChildren() {
        Paragraph inner = Paragraph.of("inner");
        Quote quote = new Quote(List.of(inner));
        ListBlock list = ListBlock.bulleted(List.of(new ListItem(List.of(Paragraph.of("item"), quote))));
        List<Block> seen = new ArrayList<>();
        Blocks.forEachBlock(List.of(list, Paragraph.of("after")), seen::add);
        assertEquals(List.of("list", "paragraph", "quote", "paragraph", "paragraph"),
                seen.stream().map(Block::kind).toList());
        assertEquals(inner, seen.get(3));
    }

    @Test
    void theInlinesVisitedSpellTheDocumentsTextInOrder() {
        Document document = Fixtures.featureRich();
        StringBuilder visited = new StringBuilder();
        Blocks.forEachInline(document.blocks(), inline -> {
            if (inline instanceof Text text) {
                visited.append(text.text());
            } else if (inline instanceof Code code) {
                visited.append(code.code());
            } else if (inline instanceof Abbreviation abbreviation) {
                visited.append(abbreviation.shortForm());
            }
        });
        StringBuilder expected = new StringBuilder();
        for (Block block : document.blocks()) {
            if (!(block instanceof CodeBlock)) {
                expected.append(PlainText.of(block));
            }
        }
        assertEquals(expected.toString().replaceAll("\\s+", ""), visited.toString().replaceAll("\\s+", ""));
        assertTrue(visited.length() > 1000, "the fixture has text in every kind of block");
    }
}
