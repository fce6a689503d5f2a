package dev.editions.text;

import dev.editions.model.Document;
import dev.editions.model.InlineRewriter;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers editions show for a document's notes: a note's place in {@link Document#notes()},
 * from 1, and the anchors the notes and their references share across formats.
 */
public final class NoteNumbers {
    /** The numbers of a document without notes. */
    public static final NoteNumbers NONE = new NoteNumbers(List.of());

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Note> notes;

    private NoteNumbers(List<Note> notes) {
        this.notes = notes;
        for (int i = 0; i < notes.size(); i++) {
            numbers.put(notes.get(i).id(), i + 1);
        }
    }

    /** The numbers of {@code document}'s notes. */
    public static NoteNumbers of(Document document) {
        return new NoteNumbers(document.notes());
    }

    /** The number of the note {@code id}; the document guarantees it exists. */
    public int number(String id) {
        Integer number = numbers.get(id);
        if (number == null) {
            throw new IllegalArgumentException("no note has the id " + id);
        }
        return number;
    }

    /** The notes in the order of their numbers. */
    public List<Note> notes() {
        return notes;
    }

    /** Whether the document has notes. */
    public boolean isEmpty() {
        return notes.isEmpty();
    }

    /**
     * {@code document} with each note's id replaced by its number ({@code "1"}, {@code "2"}, …), in
     * the notes and in the references to them; itself when they already are.
     */
    public static Document numbered(Document document) {
        NoteNumbers numbers = of(document);
        boolean numbered = true;
        for (int i = 0; i < numbers.notes.size() && numbered; i++) {
            numbered = numbers.notes.get(i).id().equals(String.valueOf(i + 1));
        }
        if (numbered) {
            return document;
        }
        InlineRewriter rewriter = new InlineRewriter(inline -> List.of(inline instanceof NoteReference reference
                ? new NoteReference(String.valueOf(numbers.number(reference.id()))) : inline));
        List<Note> notes = new ArrayList<>();
        for (Note note : numbers.notes) {
            notes.add(new Note(String.valueOf(numbers.number(note.id())), note.blocks()));
        }
        return document.withContent(rewriter.blocks(document.blocks()), notes);
    }

    /** The anchor of the note numbered {@code number}: {@code fn-1}. */
    public static String noteAnchor(int number) {
        return "fn-" + number;
    }

    /** The anchor of the first reference to the note numbered {@code number}: {@code fnref-1}. */
    public static String referenceAnchor(int number) {
        return "fnref-" + number;
    }
}
