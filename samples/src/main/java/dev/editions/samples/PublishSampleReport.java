package dev.editions.samples;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.Publication;
import dev.editions.normalise.StageReport;
import java.nio.file.Path;

/**
 * Reads a report, normalises it, prints what the normaliser changed and publishes every edition
 * available on the class path.
 *
 * <p>Usage: {@code PublishSampleReport SOURCE OUTPUT_DIRECTORY}
 */
public final class PublishSampleReport {
    private PublishSampleReport() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PublishSampleReport SOURCE OUTPUT_DIRECTORY");
            System.exit(2);
        }
        try {
            Draft draft = Editions.read(Path.of(args[0])).normalise();
            System.out.println("Title: " + draft.document().metadata().title());
            for (StageReport report : draft.reports()) {
                report.changes().forEach(change -> System.out.println("  " + report.stage() + ": " + change));
            }
            Publication publication = draft.publish(Path.of(args[1]));
            publication.editions().forEach(e -> System.out.println("Wrote " + e.path() + " (" + e.bytes() + " bytes)"));
        } catch (EditionsException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
