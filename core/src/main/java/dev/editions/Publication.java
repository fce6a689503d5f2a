package dev.editions;

import java.nio.file.Path;
import java.util.List;

/**
 * The editions one publish call wrote, and what was found in the content while writing them.
 *
 * @param editions each edition written, in the order they were written
 * @param diagnostics the problems in the content that reading and writing found and worked around
 */
public record Publication(List<Edition> editions, List<Diagnostic> diagnostics) {
    /** Copies the lists. */
    public Publication {
        editions = List.copyOf(editions);
        diagnostics = List.copyOf(diagnostics);
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
}
