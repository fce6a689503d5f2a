package dev.editions;

/**
 * A test-only hook that stops the JVM at a chosen step of publishing, as a kill or a power cut at
 * that moment would. With the system property {@code editions.test.haltAtStep=N} the N-th step a
 * JVM reaches (counted from 1 over every set it publishes) halts it at once with exit code 137,
 * without running shutdown hooks or finally blocks; with {@code editions.test.traceSteps=true} each
 * step is named on standard error; with {@code editions.test.haltAfterRecovery=true} a run halts as
 * soon as it has recovered what an earlier run left, before it writes anything, so a test can see
 * the state recovery brought the folder to. None of these properties is meant for use outside tests.
 */
final class CrashPoints {
    private static final String HALT_AT = "editions.test.haltAtStep";
    private static final String TRACE = "editions.test.traceSteps";
    private static final String HALT_AFTER_RECOVERY = "editions.test.haltAfterRecovery";
    private static final java.util.concurrent.atomic.AtomicInteger REACHED = new java.util.concurrent.atomic.AtomicInteger();

    private CrashPoints() {
    }

    /** Marks the step after a run's recovery; halts the JVM there when asked to. */
    static void recovered() {
        if (Boolean.getBoolean(HALT_AFTER_RECOVERY)) {
            Runtime.getRuntime().halt(137);
        }
        reach("recovered");
    }

    /** Marks the step {@code name}; halts the JVM when it is the step asked for. */
    static void reach(String name) {
        String haltAt = System.getProperty(HALT_AT);
        boolean trace = Boolean.getBoolean(TRACE);
        if (haltAt == null && !trace) {
            return;
        }
        int step = REACHED.incrementAndGet();
        if (trace) {
            System.err.println("step " + step + ": " + name);
            System.err.flush();
        }
        if (haltAt != null && haltAt.equals(String.valueOf(step))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
