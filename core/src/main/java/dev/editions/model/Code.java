package dev.editions.model;

import java.util.Objects;

/**
 * A fragment of code or a literal, set in a monospaced font.
 *
 * @param code the literal characters, never empty
 */
public record Code(String code) implements Inline {
    /** Rejects null and empty code. */
    public Code {
        Objects.requireNonNull(code, "code must not be null");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("code must not be empty");
        }
    }
}
