package dev.editions.markdown.internal;

import java.util.Arrays;

/**
 * The line numbers of a source's offsets, found by binary search over where each line ends, rather
 * than by counting line ends from the start on every question as flexmark's document does (which
 * made reading a report with many pictures quadratic in its length). A line ends after "\n", "\r\n"
 * or a "\r" not followed by "\n", as for flexmark.
 */
final class LineIndex {
    private final int[] ends;
    private final int count;

    private LineIndex(int[] ends, int count) {
        this.ends = ends;
        this.count = count;
    }

    /** The lines of {@code text}. */
    static LineIndex of(CharSequence text) {
        int[] ends = new int[64];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
            }
        }
        return new LineIndex(ends, count);
    }

    /** The 0-based line {@code offset} is on: the number of line ends at or before it. */
    int lineOf(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
