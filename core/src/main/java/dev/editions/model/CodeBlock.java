package dev.editions.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Preformatted text set in a monospaced font, such as program code, a grammar or a text diagram:
 * every space, tab and line is kept exactly.
 *
 * @param language the language the text is written in, such as {@code java} or {@code abnf}, or
 *     empty when unknown; one word without spaces or backticks
 * @param text the lines, separated by {@code \n}, not blank; one final newline is removed, nothing
 *     else changes
 */
public record CodeBlock(String language, String text) implements Block {
    /** The language of a display formula: its text is TeX source, kept exactly. */
    public static final String MATH = "math";

    private static final Pattern LANGUAGE = Pattern.compile("[^\\s`]*");

    /** Checks the language and the text, and removes one final newline from the text. */
    public CodeBlock {
        Objects.requireNonNull(language, "code language must not be null (use \"\" when unknown)");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("code language must be one word without spaces or backticks, was '"
                    + language + "'");
        }
        Objects.requireNonNull(text, "code text must not be null");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new IllegalArgumentException(String.format(
                        "code text must not contain control character U+%04X (lines end in \\n)", (int) c));
            }
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("code text must not be blank");
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
    }

    /** A code block in no particular language. */
    public static CodeBlock of(String text) {
        return new CodeBlock("", text);
    }

    /** Whether the text is a display formula in TeX notation. */
    public boolean isMath() {
        return MATH.equals(language);
    }

    /** The lines of the text, empty lines included; at least one. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
