package dev.editions.cli;

import dev.editions.ConformanceFiles;
import dev.editions.SafeText;
import dev.editions.check.ConformanceReport;
import dev.editions.check.EditionConformance;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a conformance report (one line per edition, then every failure) and writes its files. */
final class ConformanceOutput {
    private ConformanceOutput() {
    }

    /**
     * Prints {@code report} and writes {@code conformance.json} and {@code conformance.html} into
     * {@code folder}.
     *
     * @return whether every edition passed
     */
    static boolean report(ConformanceReport report, Path folder, PrintWriter out, PrintWriter err) {
        for (EditionConformance edition : report.editions()) {
            out.println(SafeText.escape(edition.summary()));
        }
        for (String failure : report.failures()) {
            err.println("editions: " + SafeText.escape(failure));
        }
        for (Path written : ConformanceFiles.write(report, folder)) {
            out.println("Wrote " + written);
        }
        out.flush();
        err.flush();
        return !report.failed();
    }
}
