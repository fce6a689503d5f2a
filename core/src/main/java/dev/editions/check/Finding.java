package dev.editions.check;

/**
 * One accessibility problem in an edition.
 *
 * @param rule a stable id for the rule broken, e.g. {@code docx.heading-order}
 * @param location where in the edition, e.g. a part name and element, or a page
 * @param message what is wrong, in words a publisher understands
 */
public record Finding(String rule, String location, String message) {
    /** Checks the fields. */
    public Finding {
        if (rule == null || rule.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule and a message");
        }
        location = location == null ? "" : location;
    }

    @Override
    public String toString() {
        return rule + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
