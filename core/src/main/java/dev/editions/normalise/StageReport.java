package dev.editions.normalise;

import java.util.List;

/**
 * The changes one stage made during a run.
 *
 * @param stage the stage's name
 * @param changes one line per change
 */
public record StageReport(String stage, List<String> changes) {
    /** Copies the changes. */
    public StageReport {
        changes = List.copyOf(changes);
    }
}
