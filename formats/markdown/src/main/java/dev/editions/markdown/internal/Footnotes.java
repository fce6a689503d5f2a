package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers footnotes in the order they are first referred to, as rendered Markdown does, so that the
 * reference marks in the text and the notes at the end agree.
 */
final class Footnotes {
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final List<FootnoteBlock> inOrder = new ArrayList<>();

    /** The number of the note {@code block}, numbering it now if this is its first reference. */
    int numberOf(FootnoteBlock block) {
        return numbers.computeIfAbsent(block, b -> {
            inOrder.add(b);
            return inOrder.size();
        });
    }

    /** How many notes have been numbered so far. */
    int count() {
        return inOrder.size();
    }

    /** The note numbered {@code number} (1-based). */
    FootnoteBlock note(int number) {
        return inOrder.get(number - 1);
    }
}
