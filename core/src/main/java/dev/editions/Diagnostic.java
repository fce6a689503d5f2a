package dev.editions;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A problem found in a report's content that did not stop its editions: a link to a heading that does
 * not exist, an HTML tag no edition can carry. The text is kept; the diagnostic says what was done.
 * Diagnostics are values: {@link Draft} and {@link Publication} hold them, {@code editions inspect}
 * lists them, the command prints them and {@code --strict} turns them into errors.
 *
 * @param source the file or edition the problem is in, e.g. {@code report.md}
 * @param line the 1-based line in the source, or -1 when not known
 * @param code a stable identifier of the kind of problem, e.g. {@code link.dead-anchor}
 * @param message what is wrong and what was done, in words a publisher understands
 */
public record Diagnostic(String source, long line, String code, String message) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    /** Checks the fields. */
    public Diagnostic {
        Objects.requireNonNull(source, "source");
        if (line < 1) {
            line = -1;
        }
        if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
            throw new IllegalArgumentException("diagnostic code '" + code + "' must be lower-case words joined by '.' or '-'");
        }
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic about a source as a whole. */
    public static Diagnostic of(String source, String code, String message) {
        return new Diagnostic(source, -1, code, message);
    }

    /** The diagnostic as one line, {@code report.md:16: warning: message}, with unsafe characters escaped. */
    public String format() {
        return SafeText.escape(source) + (line > 0 ? ":" + line : "") + ": warning: " + SafeText.escape(message);
    }

    @Override
    public String toString() {
        return format();
    }
}
