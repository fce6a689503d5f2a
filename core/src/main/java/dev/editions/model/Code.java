package dev.editions.model;

import java.util.Objects;

/**
 * A fragment of code or a literal, set in a monospaced font.
 *
 * <p>Inline mathematics is a code fragment with {@code math} set: its characters are the TeX source
 * (without the {@code $} delimiters), kept exactly, since no edition typesets formulas. Display
 * mathematics is a {@link CodeBlock} in the language {@value CodeBlock#MATH}.
 *
 * @param code the literal characters, never empty
 * @param math whether the characters are a TeX formula
 */
public record Code(String code, boolean math) implements Inline {
    /** Rejects null and empty code. */
    public Code {
        Objects.requireNonNull(code, "code must not be null");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("code must not be empty");
        }
    }

    /** A code fragment that is not a formula. */
    public Code(String code) {
        this(code, false);
    }

    /** An inline formula in TeX notation. */
    public static Code math(String tex) {
        return new Code(tex, true);
    }
}
