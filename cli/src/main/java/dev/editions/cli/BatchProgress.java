package dev.editions.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a run of many reports has got. On a terminal, one line redrawn in place
 * ({@code [########------------] 120/412 reports}); elsewhere (a log, a pipe) nothing until the end, as
 * the reports' own lines say enough. Then the summary, e.g. {@code 412 reports: 409 published, 3
 * failed}, with the reports that were up to date and skipped when there were any.
 */
final class BatchProgress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private int done;
    private int published;
    private int failed;
    private int current;

    BatchProgress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    /** Records one report's outcome and redraws the bar. */
    synchronized void finished(Outcome outcome) {
        done++;
        switch (outcome) {
            case PUBLISHED -> published++;
            case FAILED -> failed++;
            case CURRENT -> current++;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + " reports");
            err.flush();
        }
    }

    /** Clears the bar so that a line can be printed in its place. */
    synchronized void clear() {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }

    /** The closing line. */
    synchronized String summary() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d report%s: %,d published, %,d failed",
                total, total == 1 ? "" : "s", published, failed));
        if (current > 0) {
            line.append(String.format(Locale.ROOT, ", %,d up to date", current));
        }
        return line.toString();
    }

    /** What happened to one report. */
    enum Outcome {
        /** Its editions were written (some may have failed, see the report's lines). */
        PUBLISHED,
        /** Nothing of it could be written. */
        FAILED,
        /** Its editions were up to date, so it was skipped. */
        CURRENT
    }
}
