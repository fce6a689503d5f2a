package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Headings are parsed as flexmark's core parser parses them, while a paragraph of many lines that do
 * not start with a letter (a long table, many link reference definitions) is read without joining
 * its lines again at each line.
 */
class LinearHeadingsTest {
    private static long count(Document document, Class<? extends Node> type) {
        return StreamSupport.stream(document.getDescendants().spliterator(), false).filter(type::isInstance).count();
    }

    @Test
    void atxAndSetextHeadingsAreStillHeadings() {
        Document document = MarkdownParsers.parser().parse("# One\n\nTwo\n===\n\n| a |\n|---|\n| 1 |\n\n"
                + "Three\n---\n\n1 paragraph line\n2 more\n---\n\n---\n\n> # Four\n");
        assertEquals(List.of(1, 1, 2, 2, 1), StreamSupport.stream(document.getDescendants().spliterator(), false)
                .filter(Heading.class::isInstance).map(node -> ((Heading) node).getLevel()).toList());
        assertEquals(1, count(document, ThematicBreak.class));
    }

    /**
     * flexmark's core heading parser joins the lines read so far at every line of a paragraph that does
     * not start with a letter (quadratic in a long table); it is off, and headings come from ours.
     */
    @Test
    void theCoreHeadingParserIsReplaced() {
        assertFalse(Parser.HEADING_PARSER.get(MarkdownParsers.parser().getOptions()));
        StringBuilder table = new StringBuilder("| Region | Share |\n|---|--:|\n");
        for (int i = 0; i < 20_000; i++) {
            table.append("| Region ").append(i).append(" | ").append(i % 100).append(" |\n");
        }
        Document document = MarkdownParsers.parser().parse(table.append("\nTotal\n---\n").toString());
        assertEquals(20_002, count(document, TableRow.class), "the header, separator and body rows");
        assertEquals(1, count(document, Heading.class), "a setext heading after the table");
    }
}
