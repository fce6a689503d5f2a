package dev.editions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The files a source may read besides itself: a Markdown report's pictures live beside it or below
 * it, so every file in its folder's tree counts. Counting too many only republishes more often.
 *
 * <p>One instance serves one run: each folder's tree is walked once, however many sources it holds,
 * so checking every report of a large folder costs one walk, not one per report. Files changed after
 * the walk are seen by the next run.
 */
public final class SourceInputs {
    /** Folders deeper than this below the source are not looked into. */
    private static final int MAX_DEPTH = 8;

    private final Map<Walk, Long> newestByWalk = new ConcurrentHashMap<>();
    private final AtomicInteger walks = new AtomicInteger();

    /** A folder's tree, leaving out one editions folder. */
    private record Walk(Path folder, Path skipped) {
    }

    /** Inputs looked up afresh: nothing walked yet. */
    public SourceInputs() {
    }

    /**
     * The newest modification time, in milliseconds, of the source and the files beside and below it,
     * leaving out the {@code editions} folder.
     */
    long newestModification(Path source, Path editions) throws IOException {
        long newest = Files.getLastModifiedTime(source).toMillis();
        Path folder = source.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return newest;
        }
        Walk walk = new Walk(folder, editions.toAbsolutePath().normalize());
        try {
            return Math.max(newest, newestByWalk.computeIfAbsent(walk, this::newestIn));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How many folder trees were walked so far. */
    int walks() {
        return walks.get();
    }

    private long newestIn(Walk walk) {
        walks.incrementAndGet();
        long newest = Long.MIN_VALUE;
        try (Stream<Path> files = Files.walk(walk.folder(), MAX_DEPTH)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.startsWith(walk.skipped()))
                    .filter(Files::isRegularFile)::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return newest;
    }
}
