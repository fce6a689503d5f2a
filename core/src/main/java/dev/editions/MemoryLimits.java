package dev.editions;

/**
 * Turns running out of memory or stack into one clear error naming the source and the step, with how
 * to give Java more memory, instead of a stack trace. The memory the failed step held is garbage by
 * the time the error is built, so the run can still report and clean up.
 */
final class MemoryLimits {
    /** The advice printed with every out-of-memory error. */
    static final String ADVICE = "give Java more memory, e.g. EDITIONS_JAVA_OPTS=-Xmx4g for the command"
            + " or MAVEN_OPTS=-Xmx4g for the Maven plugin";

    private MemoryLimits() {
    }

    /** The error for {@code step} (e.g. "reading", "writing the pdf edition") of {@code source}. */
    static EditionsException exhausted(String source, String step, VirtualMachineError error) {
        if (error instanceof StackOverflowError) {
            return EditionsException.of(source, "is nested too deeply to finish " + step
                    + "; give Java a larger stack, e.g. EDITIONS_JAVA_OPTS=-Xss8m", error);
        }
        return EditionsException.of(source, "ran out of memory " + step + " ("
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB available); " + ADVICE, error);
    }
}
