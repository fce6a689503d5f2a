package dev.editions.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads Maven's {@code project.build.outputTimestamp}: seconds since the epoch or an ISO-8601 instant. */
final class Timestamps {
    private Timestamps() {
    }

    /**
     * The instant {@code value} names, or null when it is unset or a single character (Maven's way of
     * turning reproducible timestamps off).
     *
     * @throws dev.editions.EditionsException when the value is neither form
     */
    static Instant parse(String value) {
        if (value == null || value.strip().length() < 2) {
            return null;
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(text));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw dev.editions.EditionsException.of("project.build.outputTimestamp", "'" + text
                        + "' is too large to be seconds since 1970", e);
            }
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw dev.editions.EditionsException.of("project.build.outputTimestamp", "'" + text
                    + "' is neither seconds since 1970 nor an ISO-8601 date and time such as 2026-01-01T00:00:00Z", e);
        }
    }
}
