package dev.editions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The files a source may read besides itself: a Markdown report's pictures live beside it or below
 * it, so every file in its folder's tree counts. Counting too many only republishes more often.
 */
final class SourceInputs {
    /** Folders deeper than this below the source are not looked into. */
    private static final int MAX_DEPTH = 8;

    private SourceInputs() {
    }

    /**
     * The newest modification time, in milliseconds, of the source and the files beside and below it,
     * leaving out the {@code editions} folder.
     */
    static long newestModification(Path source, Path editions) throws IOException {
        Path skipped = editions.toAbsolutePath().normalize();
        long newest = Files.getLastModifiedTime(source).toMillis();
        Path folder = source.toAbsolutePath().getParent();
        if (folder == null) {
            return newest;
        }
        try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.toAbsolutePath().normalize().startsWith(skipped))
                    .filter(Files::isRegularFile)::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
        }
        return newest;
    }
}
