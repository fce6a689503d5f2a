package dev.editions.markdown.internal;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Finds the end of a link label ({@code [label]}) in time linear in its length, with the result of
 * flexmark's pattern {@code \[(?:[^\\\[\]]|\\[punctuation]|\\){0,999}\]}, which backtracks
 * exponentially on a long run of backslash escapes that no {@code ]} closes.
 *
 * <p>The pattern tries, at each position, a plain character, then a backslash escape, then a lone
 * backslash, and ends the label only at a {@code ]} where none of those applies; its first match is
 * computed here backwards, position by position.
 */
final class LinkLabels {
    /** The most characters and escapes a label holds, as in CommonMark. */
    private static final int MAX_ITEMS = 999;

    private LinkLabels() {
    }

    /** The index of the {@code ]} that closes the label opening at {@code start}, or -1 if there is none. */
    static int end(CharSequence text, int start) {
        if (start >= text.length() || text.charAt(start) != '[') {
            return -1;
        }
        int from = start + 1;
        int limit = cut(text, from, Math.min(text.length(), from + 2 * MAX_ITEMS + 1));
        int[] ends = new int[limit - from + 2];
        byte[] steps = new byte[limit - from + 2];
        ends[limit - from] = -1;
        ends[limit - from + 1] = -1;
        for (int at = limit - 1; at >= from; at--) {
            int i = at - from;
            char c = text.charAt(at);
            if (c == ']') {
                ends[i] = at;
            } else if (c == '[') {
                ends[i] = -1;
            } else if (c != '\\') {
                ends[i] = ends[i + 1];
                steps[i] = 1;
            } else if (at + 1 < text.length() && isEscapable(text.charAt(at + 1)) && ends[i + 2] >= 0) {
                ends[i] = ends[i + 2];
                steps[i] = 2;
            } else {
                ends[i] = ends[i + 1];
                steps[i] = 1;
            }
        }
        int end = ends[0];
        return end < 0 || items(steps, from, end) > MAX_ITEMS ? -1 : end;
    }

    /**
     * Where the label's text can stop being read: just after the first bracket not preceded by a
     * backslash, as no position before it depends on what follows it. A short label is so read
     * without the rest of the 2,000 characters a label may span.
     */
    private static int cut(CharSequence text, int from, int limit) {
        for (int at = from; at < limit; at++) {
            char c = text.charAt(at);
            if ((c == '[' || c == ']') && text.charAt(at - 1) != '\\') {
                return at + 1;
            }
        }
        return limit;
    }

    private static int items(byte[] steps, int from, int end) {
        int count = 0;
        for (int at = from; at < end; at += steps[at - from]) {
            count++;
        }
        return count;
    }

    private static boolean isEscapable(char c) {
        return Escaping.ESCAPABLE_CHARS.indexOf(c) >= 0;
    }
}
