package dev.editions.markdown.internal;

import java.util.Arrays;

/**
 * The line of each offset of a source, found by a binary search over where its lines end. flexmark
 * counts the line ends from the start of the text on every question, which made asking for the line
 * of each picture and link of a long report take time in proportion to its square. Lines end as
 * flexmark ends them: at {@code \r\n}, {@code \r} or {@code \n}, and an offset between {@code \r} and
 * {@code \n} is still on the line they end.
 */
final class LineIndex {
    /** The offset just after each line end, in order. */
    private final int[] ends;

    private LineIndex(int[] ends) {
        this.ends = ends;
    }

    /** The index of {@code text}'s lines. */
    static LineIndex of(CharSequence text) {
        int[] ends = new int[16];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(ends, count));
    }

    /** The 0-based line {@code offset} is on, as flexmark's {@code Document.getLineNumber} gives it. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        // Lines whose end (just after the line break) is at or before the offset lie before it.
        return at >= 0 ? at + 1 : -at - 1;
    }
}
