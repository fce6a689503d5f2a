package dev.editions;

import java.nio.file.Path;
import java.util.List;

/**
 * The editions one publish call wrote, the editions it could not write, and what was found in the
 * content while writing them. An edition that fails leaves nothing of itself behind and does not stop
 * the others, unless the run was asked to be all or nothing.
 *
 * @param editions each edition written, in the order they were written
 * @param failures each edition that could not be written, with the reason, in run order
 * @param diagnostics the problems in the content that reading and writing found and worked around
 * @param notes how the run went where it is worth telling, not about the content (e.g. that the
 *     editions were written one after another for want of memory)
 */
public record Publication(List<Edition> editions, List<Failure> failures, List<Diagnostic> diagnostics,
        List<String> notes) {
    /** Copies the lists. */
    public Publication {
        editions = List.copyOf(editions);
        failures = List.copyOf(failures);
        diagnostics = List.copyOf(diagnostics);
        notes = List.copyOf(notes);
    }

    /** A publication without notes. */
    public Publication(List<Edition> editions, List<Failure> failures, List<Diagnostic> diagnostics) {
        this(editions, failures, diagnostics, List.of());
    }

    /** Whether every edition asked for was written. */
    public boolean complete() {
        return failures.isEmpty();
    }

    /** The paths written, in order. */
    public List<Path> paths() {
        return editions.stream().map(Edition::path).toList();
    }

    /**
     * One edition written.
     *
     * @param format the format id, e.g. {@code pdf}
     * @param path the file written
     * @param bytes its size in bytes
     */
    public record Edition(String format, Path path, long bytes) {
    }

    /**
     * One edition that could not be written; its file, if an earlier run left one, is untouched.
     *
     * @param format the format id, e.g. {@code pdf}
     * @param path the file that was not written
     * @param error why, naming the source and the place in it where known
     */
    public record Failure(String format, Path path, EditionsException error) {
        /** The reason as one line, safe to print: {@code report.md: PDF edition: …}. */
        public String message() {
            return error.getMessage();
        }
    }
}
