package dev.editions;

import java.nio.file.Path;
import java.util.List;

/**
 * The editions one publish call wrote.
 *
 * @param editions each edition written, in the order they were written
 */
public record Publication(List<Edition> editions) {
    /** Copies the editions. */
    public Publication {
        editions = List.copyOf(editions);
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
