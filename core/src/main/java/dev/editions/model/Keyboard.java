package dev.editions.model;

import java.util.Objects;

/**
 * Keys a reader presses or types, such as {@code Ctrl}, set in a monospaced font.
 *
 * @param keys the keys as written, never blank
 */
public record Keyboard(String keys) implements Inline {
    /** Rejects null and blank keys. */
    public Keyboard {
        Objects.requireNonNull(keys, "keys must not be null");
        if (keys.isBlank()) {
            throw new IllegalArgumentException("keys must not be blank");
        }
    }
}
