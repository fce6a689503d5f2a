package dev.editions.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's constructors. */
final class Check {
    private Check() {
    }

    static String notBlank(String value, String what) {
        Objects.requireNonNull(value, () -> what + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Returns null for null or blank text, otherwise the text stripped of surrounding white space. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String what) {
        // The messages are built only on failure: the model checks every list of a long report.
        Objects.requireNonNull(values, () -> what + " must not be null");
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(what + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmptyList(List<T> values, String what) {
        List<T> copy = list(values, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return copy;
    }
}
