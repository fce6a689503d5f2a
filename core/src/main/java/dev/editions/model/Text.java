package dev.editions.model;

import java.util.Objects;

/**
 * Plain text.
 *
 * @param text the characters, never empty
 */
public record Text(String text) implements Inline {
    /** Rejects null and empty text. */
    public Text {
        Objects.requireNonNull(text, "text must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }
}
