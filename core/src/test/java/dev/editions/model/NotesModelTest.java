package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.text.NoteNumbers;
import dev.editions.text.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's notes and the references to them agree, or there is no document. */
class NotesModelTest {
    private static final Metadata METADATA = Metadata.builder().title("T").language("en").build();

    private static Document document(List<Block> blocks, List<Note> notes) {
        return new Document(METADATA, blocks, Glossary.EMPTY, List.of(), notes);
    }

    private static Paragraph referring(String... ids) {
        List<Inline> content = new java.util.ArrayList<>(List.of(new Text("Text")));
        for (String id : ids) {
            content.add(new NoteReference(id));
        }
        return new Paragraph(content);
    }

    @Test
    void everyReferenceNamesANoteAndEveryNoteIsReferredTo() {
        assertThrows(IllegalArgumentException.class, () -> document(List.of(referring("a")), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> document(List.of(Paragraph.of("Text")), List.of(Note.of("a", "Note."))));
        assertThrows(IllegalArgumentException.class,
                () -> document(List.of(referring("a")), List.of(Note.of("a", "One."), Note.of("a", "Two."))));
        assertEquals(1, document(List.of(referring("a", "a")), List.of(Note.of("a", "One."))).notes().size());
    }

    @Test
    void noReferenceInALinkNoHeadingOrReferenceInANote() {
        Link link = new Link("https://example.org", null, List.of(new Text("x"), new NoteReference("a")));
        assertThrows(IllegalArgumentException.class, () -> document(
                List.of(new Paragraph(List.of(link)), referring("a")), List.of(Note.of("a", "Note."))));
        assertThrows(IllegalArgumentException.class,
                () -> new Note("a", List.of(new Heading(2, List.of(new Text("H"))))));
        assertThrows(IllegalArgumentException.class, () -> new Note("a", List.of(referring("b"))));
    }

    @Test
    void aDocumentWithoutNotesIsBuiltAsBeforeAndDroppingAReferencedBlockFails() {
        Document plain = Document.of(METADATA, List.of(Paragraph.of("Text")));
        assertEquals(List.of(), plain.notes());
        Document notes = Fixtures.notes();
        assertThrows(IllegalArgumentException.class, () -> notes.withBlocks(List.of(Paragraph.of("Text"))));
    }

    @Test
    void theWalkInReadingOrderAndThePlainTextIncludeTheNotes() {
        Document notes = Fixtures.notes();
        List<Block> all = Blocks.withNotes(notes);
        assertEquals(notes.blocks().size() + 5, all.size());
        assertTrue(PlainText.of(notes.notes().get(1)).contains("From January 2022 to December 2023."));
        assertEquals("The survey covered twelve cities and ran for two years.", PlainText.of(notes.blocks().get(1)),
                "a reference is a mark, not text");
    }

    @Test
    void numberingReplacesIdsByNumbersInTheNotesAndTheReferences() {
        Document numbered = NoteNumbers.numbered(Fixtures.notes());
        assertEquals(List.of("1", "2", "3", "4"), numbered.notes().stream().map(Note::id).toList());
        List<String> references = new java.util.ArrayList<>();
        Blocks.forEachInline(numbered.blocks(), inline -> {
            if (inline instanceof NoteReference reference) {
                references.add(reference.id());
            }
        });
        assertEquals(List.of("1", "2", "3", "4", "1"), references);
        assertEquals(numbered, NoteNumbers.numbered(numbered));
    }
}
