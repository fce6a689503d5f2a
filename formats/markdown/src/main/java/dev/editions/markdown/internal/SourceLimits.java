package dev.editions.markdown.internal;

import dev.editions.EditionsException;
import java.util.Locale;

/**
 * Refuses, before parsing, Markdown shapes that flexmark takes time growing with the square of their
 * size to parse: lists and block quotes nested deeper than {@link #MAX_LINE_DEPTH} levels, and a paragraph
 * inside a list or block quote longer than {@link #MAX_CONTAINED_LINES} lines.
 *
 * <p>The check is a cheap upper bound per line: a container that is open on a line needs either a
 * marker on that line ({@code >}, {@code -}, {@code +}, {@code *} or {@code 1.} followed by a space)
 * or at least two columns of indentation, so a line whose markers plus half its indentation columns
 * (not counting the space after each marker) exceed the limit is refused. YAML front matter is left
 * to the YAML parser's own limits.
 */
final class SourceLimits {
    /** The deepest nesting of lists, block quotes and inline markup the reader follows. */
    static final int MAX_DEPTH = 100;

    /**
     * The most list and quote markers and indentation steps a line may start with. It is well above
     * {@link #MAX_DEPTH}, so that every edition of a document the reader accepts is read again.
     */
    static final int MAX_LINE_DEPTH = 1_000;

    /** The most consecutive lines a paragraph (or code) inside a list or block quote may run over. */
    static final int MAX_CONTAINED_LINES = 1_000;

    private static final int TAB_COLUMNS = 4;
    private static final int MAX_ORDERED_DIGITS = 9;

    private SourceLimits() {
    }

    /**
     * Checks every line of {@code text}.
     *
     * @throws EditionsException naming the first line that may nest too deeply
     */
    static void check(String source, String text) {
        int line = 1;
        int contained = 0;
        boolean frontMatter = text.startsWith("---\n") || text.startsWith("---\r\n");
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (frontMatter) {
                String fence = text.substring(start, end).stripTrailing();
                frontMatter = line == 1 || !fence.equals("---") && !fence.equals("...");
                start = end + 1;
                continue;
            }
            if (depthBound(text, start, end) > MAX_LINE_DEPTH) {
                throw EditionsException.atLine(source, line, -1, "the line starts with more than "
                        + String.format(Locale.ROOT, "%,d", MAX_LINE_DEPTH) + " list and quote markers or indentation"
                        + " steps; lists and block quotes are read at most " + MAX_DEPTH + " levels deep");
            }
            contained = text.substring(start, end).isBlank() || !isContained(text.charAt(start)) ? 0 : contained + 1;
            if (contained > MAX_CONTAINED_LINES) {
                throw EditionsException.atLine(source, line, -1, "a paragraph inside a list or block quote runs over"
                        + " more than " + MAX_CONTAINED_LINES + " lines; split it with blank lines");
            }
            start = end + 1;
        }
    }

    /** Whether a line starting with {@code first} may continue a list item or block quote. */
    private static boolean isContained(char first) {
        return first == ' ' || first == '\t' || first == '>';
    }

    /** An upper bound of the containers open on the line {@code text[from, to)}. */
    private static int depthBound(String text, int from, int to) {
        int markers = 0;
        int columns = 0;
        int at = from;
        while (at < to) {
            char c = text.charAt(at);
            if (c == ' ') {
                columns++;
                at++;
            } else if (c == '\t') {
                columns += TAB_COLUMNS;
                at++;
            } else {
                int next = c == '>' ? at + 1 : afterListMarker(text, at, to);
                if (next < 0) {
                    break;
                }
                markers++;
                // The space after a marker belongs to it.
                at = next < to && text.charAt(next) == ' ' ? next + 1 : next;
            }
        }
        return markers + columns / 2;
    }

    /** The index after a list marker at {@code at}, or -1 if there is none. */
    private static int afterListMarker(String text, int at, int to) {
        char c = text.charAt(at);
        int end = at;
        if (c == '-' || c == '+' || c == '*') {
            end++;
        } else {
            while (end < to && end - at < MAX_ORDERED_DIGITS && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == at || end >= to || text.charAt(end) != '.' && text.charAt(end) != ')') {
                return -1;
            }
            end++;
        }
        if (end == to) {
            return end;
        }
        char after = text.charAt(end);
        return after == ' ' || after == '\t' ? end : -1;
    }
}
