package dev.editions;

import java.util.Objects;

/**
 * The one error Editions reports: bad input or an edition that cannot be written, with where it
 * happened and what is wrong, in words a publisher understands.
 *
 * <p>The message reads {@code source: line 3, column 7: what is wrong} (or {@code byte 120} for
 * undecodable bytes); parts that are not known are left out.
 */
public class EditionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final long byteOffset;
    private final String problem;

    private EditionsException(String source, long line, long column, long byteOffset, String problem, Throwable cause) {
        super(format(source, line, column, byteOffset, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** An error about {@code source} as a whole (a file name or edition name; may be null). */
    public static EditionsException of(String source, String problem) {
        return new EditionsException(source, -1, -1, -1, problem, null);
    }

    /** An error about {@code source} as a whole, caused by a lower-level failure. */
    public static EditionsException of(String source, String problem, Throwable cause) {
        return new EditionsException(source, -1, -1, -1, problem, cause);
    }

    /** An error at a line (1-based) and column (1-based, or -1 when unknown) of {@code source}. */
    public static EditionsException atLine(String source, long line, long column, String problem) {
        return new EditionsException(source, line, column, -1, problem, null);
    }

    /** An error at a line and column of {@code source}, caused by a lower-level failure. */
    public static EditionsException atLine(String source, long line, long column, String problem, Throwable cause) {
        return new EditionsException(source, line, column, -1, problem, cause);
    }

    /** An error at a byte offset (0-based) of {@code source}. */
    public static EditionsException atByte(String source, long byteOffset, String problem) {
        return new EditionsException(source, -1, -1, byteOffset, problem, null);
    }

    /** The file or edition the error is about, or null. */
    public String source() {
        return source;
    }

    /** The 1-based line, or -1 when not known. */
    public long line() {
        return line;
    }

    /** The 1-based column, or -1 when not known. */
    public long column() {
        return column;
    }

    /** The 0-based byte offset, or -1 when not known. */
    public long byteOffset() {
        return byteOffset;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(String source, long line, long column, long byteOffset, String problem) {
        StringBuilder out = new StringBuilder();
        if (source != null) {
            out.append(source).append(": ");
        }
        if (line > 0) {
            out.append("line ").append(line);
            if (column > 0) {
                out.append(", column ").append(column);
            }
            out.append(": ");
        } else if (byteOffset >= 0) {
            out.append("byte ").append(byteOffset).append(": ");
        }
        return out.append(problem).toString();
    }
}
