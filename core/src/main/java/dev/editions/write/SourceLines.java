package dev.editions.write;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Finds where in the source text a character first occurs, so a writer that cannot carry it can say
 * on which line it is. The text is read only when a line is asked for. Thread-safe.
 */
public final class SourceLines {
    /** No source text: every line is unknown. */
    public static final SourceLines NONE = new SourceLines(() -> "");

    private final Supplier<String> reader;
    private String text;

    private SourceLines(Supplier<String> reader) {
        this.reader = reader;
    }

    /** The lines of the text {@code reader} gives; it is called at most once, on first use. */
    public static SourceLines of(Supplier<String> reader) {
        return new SourceLines(Objects.requireNonNull(reader, "reader"));
    }

    /** The 1-based line where {@code codePoint} first occurs, or {@code -1} when it does not. */
    public long lineOf(int codePoint) {
        String source = text();
        int at = source.indexOf(Character.toString(codePoint));
        if (at < 0) {
            return -1;
        }
        long line = 1;
        for (int i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private synchronized String text() {
        if (text == null) {
            String read;
            try {
                read = reader.get();
            } catch (RuntimeException e) {
                read = "";
            }
            text = read == null ? "" : read;
        }
        return text;
    }
}
