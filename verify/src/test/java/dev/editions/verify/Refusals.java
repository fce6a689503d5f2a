package dev.editions.verify;

import dev.editions.EditionsException;

/**
 * Tells a deliberate refusal from a crash dressed as one: an {@link EditionsException} is a refusal
 * unless its causes include an error of the JVM or an unchecked exception thrown outside Editions'
 * own checks (a writer's or a library's {@code NullPointerException}, {@code IllegalArgumentException},
 * {@code IndexOutOfBoundsException}, …), which the publisher reports as "cannot be written" but which
 * is a bug all the same. The YAML parser's errors are the front matter's problems, so they count as
 * refusals.
 */
final class Refusals {
    private Refusals() {
    }

    /** Throws an {@link AssertionError} carrying {@code refusal} when it wraps a crash. */
    static void requireDeliberate(EditionsException refusal) {
        for (Throwable cause = refusal.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Error || cause instanceof RuntimeException && !deliberate((RuntimeException) cause)) {
                throw new AssertionError("a crash reported as a refusal: " + refusal.getMessage(), refusal);
            }
        }
    }

    private static boolean deliberate(RuntimeException cause) {
        if (cause instanceof EditionsException || cause.getClass().getName().startsWith("org.yaml.snakeyaml.")) {
            return true;
        }
        StackTraceElement[] trace = cause.getStackTrace();
        return cause instanceof IllegalArgumentException && trace.length > 0
                && trace[0].getClassName().startsWith("dev.editions.model.");
    }
}
