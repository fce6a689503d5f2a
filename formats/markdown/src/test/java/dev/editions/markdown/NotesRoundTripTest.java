package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Block;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A note of any shape is written as a footnote definition that reads back as the same note. */
class NotesRoundTripTest {
    @TestFactory
    Stream<DynamicTest> everyShapeOfNoteReadsBack() {
        return Stream.of(
                shape("paragraphs", List.of(Paragraph.of("One."), Paragraph.of("Two."))),
                shape("list-first", List.of(ListBlock.bulleted(List.of(ListItem.of("a"), ListItem.of("b"))),
                        Paragraph.of("After the list."))),
                shape("code", List.of(Paragraph.of("Code:"), new CodeBlock("", "  x = 1\n\ty = 2\n\n  z"))),
                shape("code-first", List.of(new CodeBlock("sh", "make all"))),
                shape("quote", List.of(Paragraph.of("Quoted:"), new Quote(List.of(Paragraph.of("Said."))))),
                shape("table", List.of(Paragraph.of("Counts:"), Table.of(List.of(new Text("Caption.")),
                        List.of(Table.Row.of("A", "B")), List.of(Table.Row.of("1", "2"))))));
    }

    private static DynamicTest shape(String name, List<Block> note) {
        return DynamicTest.dynamicTest(name, () -> {
            Document document = new Document(Metadata.builder().title("Notes").language("en").build(),
                    List.of(new Paragraph(List.of(new Text("Text"), new NoteReference("1"), new Text(".")))),
                    dev.editions.model.Glossary.EMPTY, List.of(), List.of(new Note("1", note)));
            byte[] written = EditionsUnderTest.write(document);
            Document read = EditionsUnderTest.read(name, written);
            assertEquals(Canonical.of(document), read, new String(written, StandardCharsets.UTF_8));
            assertEquals(new String(written, StandardCharsets.UTF_8),
                    new String(EditionsUnderTest.write(read), StandardCharsets.UTF_8));
        });
    }
}
