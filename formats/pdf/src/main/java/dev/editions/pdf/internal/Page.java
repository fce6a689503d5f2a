package dev.editions.pdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One laid-out page: its items in reading order, and where in the model it starts. */
final class Page {
    private final ArrayList<PageItem> items = new ArrayList<>();
    private int startBlock = -1;
    private int startOffset;
    private float notesTop = Float.NaN;

    void add(PageItem item) {
        items.add(item);
    }

    List<PageItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** Removes and returns the items from index {@code from} on. */
    List<PageItem> removeFrom(int from) {
        List<PageItem> tail = items.subList(from, items.size());
        List<PageItem> removed = List.copyOf(tail);
        tail.clear();
        return removed;
    }

    /**
     * Lets go of the page's items once they are drawn, so that a long report does not hold every page
     * it has drawn; the page keeps where it starts in the model, for the page map.
     */
    void release() {
        items.clear();
        items.trimToSize();
    }

    /** Records the model position of the page's first content, if none is recorded yet. */
    void startAt(int block, int offset) {
        if (startBlock < 0) {
            startBlock = block;
            startOffset = Math.max(0, offset);
        }
    }

    /** Records the top of the notes at the foot of the page. */
    void placeNotesBelow(float top) {
        notesTop = top;
    }

    /** The top of the notes at the foot of the page, or {@code fallback} when it has none. */
    float notesTopOr(float fallback) {
        return Float.isNaN(notesTop) ? fallback : notesTop;
    }

    boolean hasStart() {
        return startBlock >= 0;
    }

    int startBlock() {
        return startBlock;
    }

    int startOffset() {
        return startOffset;
    }
}
