package dev.editions.epub.internal;

import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.text.NoteNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each note of a publication goes: at the end of the content document that holds its first
 * reference, as a footnote reading systems can show where it is referred to. Later references in
 * other content documents link there. Mutable: the first reference to each note is claimed once, in
 * reading order, and gets the anchor the note's back link returns to.
 */
final class NotePlaces {
    private final NoteNumbers numbers;
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, List<Note>> byFile = new HashMap<>();
    private final Set<String> claimed = new HashSet<>();

    NotePlaces(Document document, Chapters chapters) {
        this.numbers = NoteNumbers.of(document);
        Map<String, Note> notes = new HashMap<>();
        document.notes().forEach(note -> notes.put(note.id(), note));
        for (Chapters.Chapter chapter : chapters.list()) {
            Blocks.forEachInline(document.blocks().subList(chapter.from(), chapter.to()), inline -> {
                if (inline instanceof NoteReference reference && !files.containsKey(reference.id())) {
                    files.put(reference.id(), chapter.file());
                    byFile.computeIfAbsent(chapter.file(), file -> new ArrayList<>()).add(notes.get(reference.id()));
                }
            });
        }
    }

    /** The number shown for the note {@code id}. */
    int number(String id) {
        return numbers.number(id);
    }

    /** The href of the note {@code id} from the content document {@code from}. */
    String href(String id, String from) {
        String file = files.get(id);
        String anchor = "#" + NoteNumbers.noteAnchor(number(id));
        return file.equals(from) ? anchor : file + anchor;
    }

    /** The anchor for this reference to note {@code id} if it is the first, else null. */
    String claimReference(String id) {
        return claimed.add(id) ? NoteNumbers.referenceAnchor(number(id)) : null;
    }

    /** The notes placed at the end of the content document {@code file}, in the order of first reference. */
    List<Note> in(String file) {
        return byFile.getOrDefault(file, List.of());
    }
}
