package dev.editions;

import java.util.List;
import java.util.Objects;

/**
 * The one error Editions reports: bad input or an edition that cannot be written, with where it
 * happened and what is wrong, in words a publisher understands.
 *
 * <p>The message reads {@code source: line 3, column 7: what is wrong} (or {@code byte 120} for
 * undecodable bytes); parts that are not known are left out. An error that gathers others (a strict
 * refusal listing its warnings) adds one indented line per detail. The message is safe to print:
 * every part goes through {@link SafeText}, so control characters, bidirectional overrides,
 * non-characters and lone surrogates show as {@code U+XXXX}, and a line break appears only between
 * details.
 */
public class EditionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final long byteOffset;
    private final String problem;
    private final List<String> details;

    private EditionsException(String source, long line, long column, long byteOffset, String problem,
            List<String> details, Throwable cause) {
        super(format(source, line, column, byteOffset, Objects.requireNonNull(problem, "problem"), details), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.problem = problem;
        this.details = List.copyOf(details);
    }

    private EditionsException(String source, long line, long column, long byteOffset, String problem, Throwable cause) {
        this(source, line, column, byteOffset, problem, List.of(), cause);
    }

    /**
     * An error about {@code source} as a whole that gathers others, each shown on a line of its own
     * below the problem.
     */
    public static EditionsException withDetails(String source, String problem, List<String> details) {
        return new EditionsException(source, -1, -1, -1, problem, details, null);
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

    /** What is wrong, without the location, as given (not escaped). */
    public String problem() {
        return problem;
    }

    /** The errors or warnings this one gathers, as given (not escaped); empty for most errors. */
    public List<String> details() {
        return details;
    }

    private static String format(String source, long line, long column, long byteOffset, String problem,
            List<String> details) {
        StringBuilder out = new StringBuilder();
        if (source != null) {
            out.append(SafeText.escape(source)).append(": ");
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
        out.append(SafeText.escape(problem));
        for (String detail : details) {
            out.append("\n  ").append(SafeText.escape(detail));
        }
        return out.toString();
    }
}
