package dev.editions.check;

import java.util.List;
import java.util.Objects;

/**
 * What one checker found in one edition.
 *
 * @param checker the checker's name, e.g. {@code veraPDF}
 * @param version the checker's version; empty when unknown
 * @param profile what the edition was checked against, e.g. {@code PDF/UA-1}
 * @param status whether the edition passed, failed or could not be checked
 * @param checks how many checks ran; -1 when the checker does not count them
 * @param findings every problem found, in the checker's order
 * @param note why the checker did not run, or empty
 */
public record CheckResult(String checker, String version, String profile, Status status, int checks,
        List<Finding> findings, String note) {
    /** Whether an edition passed a checker. */
    public enum Status {
        /** No finding. */
        PASS,
        /** At least one finding. */
        FAIL,
        /** The checker could not run, e.g. the tool is not installed; not a failure. */
        NOT_RUN
    }

    /** Checks the fields and copies the findings. */
    public CheckResult {
        Objects.requireNonNull(checker, "checker");
        version = version == null ? "" : version;
        profile = profile == null ? "" : profile;
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        note = note == null ? "" : note;
        if ((status == Status.FAIL) == findings.isEmpty()) {
            throw new IllegalArgumentException("a check fails exactly when it has findings");
        }
    }

    /** The result of {@code checker} having run {@code checks} checks and found {@code findings}. */
    public static CheckResult of(EditionChecker checker, int checks, List<Finding> findings) {
        return new CheckResult(checker.name(), checker.version(), checker.profile(),
                findings.isEmpty() ? Status.PASS : Status.FAIL, checks, findings, "");
    }

    /** The result of {@code checker} not having run, and why. */
    public static CheckResult notRun(EditionChecker checker, String why) {
        return new CheckResult(checker.name(), checker.version(), checker.profile(), Status.NOT_RUN, -1,
                List.of(), why);
    }

    /** Whether the edition failed this check. */
    public boolean failed() {
        return status == Status.FAIL;
    }
}
