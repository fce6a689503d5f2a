package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import dev.editions.model.Block;
import dev.editions.model.Note;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnotes of one source: each definition's blocks, read before the text, and the numbers of
 * the notes the text refers to, given in the order they are first referred to, as rendered Markdown
 * numbers them. A note's id is its number.
 */
final class Footnotes {
    private final Map<FootnoteBlock, List<Block>> contents = new LinkedHashMap<>();
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final List<FootnoteBlock> inOrder = new ArrayList<>();
    private boolean reading;

    /** Keeps the blocks of the definition {@code block}. */
    void define(FootnoteBlock block, List<Block> blocks) {
        contents.put(block, List.copyOf(blocks));
    }

    /** Whether a definition's content is being read now (a reference there is no note reference). */
    boolean reading() {
        return reading;
    }

    void reading(boolean now) {
        reading = now;
    }

    /** Whether the definition {@code block} has no content to show. */
    boolean isEmpty(FootnoteBlock block) {
        return contents.getOrDefault(block, List.of()).isEmpty();
    }

    /** The number of the note {@code block}, numbering it now if this is its first reference. */
    int numberOf(FootnoteBlock block) {
        return numbers.computeIfAbsent(block, b -> {
            inOrder.add(b);
            return inOrder.size();
        });
    }

    /** The notes referred to, in the order of their numbers; each note's id is its number. */
    List<Note> notes() {
        List<Note> notes = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            notes.add(new Note(String.valueOf(i + 1), contents.get(inOrder.get(i))));
        }
        return notes;
    }

    /** The definitions no reference refers to, with content, in the order of the source. */
    List<FootnoteBlock> unreferenced() {
        return contents.entrySet().stream()
                .filter(entry -> !numbers.containsKey(entry.getKey()) && !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** The definition of the note numbered {@code number}. */
    FootnoteBlock definition(int number) {
        return inOrder.get(number - 1);
    }

    /** The blocks of the definition {@code block}. */
    List<Block> blocks(FootnoteBlock block) {
        return contents.getOrDefault(block, List.of());
    }
}
