package dev.editions.text;

import static dev.editions.text.WritingDirection.LEFT_TO_RIGHT;
import static dev.editions.text.WritingDirection.RIGHT_TO_LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.fixtures.Retention;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A block's direction found by walking to its first strong character is the one its whole plain text gives. */
class BlockDirectionTest {
    @Test
    void theWalkStopsAtTheFirstStrongCharacterWhereverItIs() {
        Paragraph hebrewAfterDigits = new Paragraph(List.<Inline>of(new Text("1. – 42 "), LineBreak.INSTANCE,
                new Emphasis(List.of(new Text("שלום"))), new Text(" world")));
        ListBlock list = new ListBlock(true, 1, List.of(ListItem.of("2024 –"),
                new ListItem(List.of(new Quote(List.of(hebrewAfterDigits))))));
        Table table = Table.of(List.of(), List.of(new Table.Row(List.of(new Table.Cell(List.of(new Text("12"))),
                new Table.Cell(List.of(new Abbreviation("مرحبا", "long form in English")))))), List.of());
        Paragraph codeFirst = new Paragraph(List.of(new Code("x = 1", false), new Text(" هو")));
        Paragraph neutral = Paragraph.of("(1) – 2");

        assertSame(Optional.of(RIGHT_TO_LEFT), hebrewAfterDigits);
        assertSame(Optional.of(RIGHT_TO_LEFT), list);
        assertSame(Optional.of(RIGHT_TO_LEFT), table);
        assertSame(Optional.of(LEFT_TO_RIGHT), codeFirst);
        assertSame(Optional.empty(), neutral);
        assertEquals(Optional.of(RIGHT_TO_LEFT), PlainText.direction(hebrewAfterDigits.content()));
    }

    @Test
    void everyBlockOfTheRealDocumentsGetsTheDirectionOfItsText() {
        int blocks = 0;
        for (Path file : Retention.realDocuments()) {
            for (Block block : Retention.normalised(file).blocks()) {
                assertEquals(WritingDirection.ofText(PlainText.of(block)), PlainText.direction(block),
                        file.getFileName() + ": " + block);
                blocks++;
            }
        }
        System.out.println("direction of " + blocks + " real blocks");
    }

    private static void assertSame(Optional<WritingDirection> expected, Block block) {
        assertEquals(expected, WritingDirection.ofText(PlainText.of(block)), "whole text of " + block);
        assertEquals(expected, PlainText.direction(block), "walk over " + block);
    }
}
