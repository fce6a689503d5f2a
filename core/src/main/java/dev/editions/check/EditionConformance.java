package dev.editions.check;

import java.util.List;
import java.util.Objects;

/**
 * What every checker of its format found in one edition file.
 *
 * @param file the file's name as given, relative to the report's folder when inside it
 * @param format the edition's format id, e.g. {@code pdf}
 * @param size the file's size in bytes
 * @param sha256 the file's SHA-256 in lower-case hex, so the report proves which file was checked
 * @param results one result per checker, in a stable order
 */
public record EditionConformance(String file, String format, long size, String sha256, List<CheckResult> results) {
    /** Checks the fields and copies the results. */
    public EditionConformance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        results = List.copyOf(results);
    }

    /** Whether any checker failed the edition. */
    public boolean failed() {
        return results.stream().anyMatch(CheckResult::failed);
    }

    /** One line for a terminal: {@code report.pdf: veraPDF PDF/UA-1 pass (1,116 checks), structure pass}. */
    public String summary() {
        StringBuilder line = new StringBuilder(file).append(':');
        if (results.isEmpty()) {
            return line.append(" no checker for ").append(format).toString();
        }
        String separator = " ";
        for (CheckResult result : results) {
            line.append(separator).append(label(result, results)).append(' ').append(switch (result.status()) {
                case PASS -> "pass";
                case FAIL -> "FAIL (" + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s") + ")";
                case NOT_RUN -> "not run";
            });
            if (result.status() == CheckResult.Status.PASS && result.checks() >= 0) {
                line.append(String.format(java.util.Locale.ROOT, " (%,d checks)", result.checks()));
            }
            separator = ", ";
        }
        return line.toString();
    }

    /** The checker's name, with the profile when the same checker ran more than one (veraPDF's UA and A). */
    private static String label(CheckResult result, List<CheckResult> results) {
        boolean shared = results.stream().filter(other -> other.checker().equals(result.checker())).count() > 1;
        return shared ? result.checker() + " " + result.profile() : result.checker();
    }
}
