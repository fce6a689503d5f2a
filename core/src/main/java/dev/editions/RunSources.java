package dev.editions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The source files of one run, kept so that no edition of the run can replace any of them: an edition
 * path that is a source, or resolves to one through a symbolic link, a hard link, a linked folder or a
 * case-insensitive file system, is refused before anything is written.
 */
public final class RunSources {
    private final List<Path> files;

    private RunSources(List<Path> files) {
        this.files = files;
    }

    /** The sources {@code files} (files that do not exist are skipped when checking). */
    public static RunSources of(Collection<Path> files) {
        return new RunSources(files.stream().map(Objects::requireNonNull).toList());
    }

    /**
     * Refuses {@code targets} when any of them is one of the sources.
     *
     * @throws EditionsException naming the source and the edition path that would replace it
     */
    public void refuseAsTargets(Collection<Path> targets) {
        for (Path target : targets) {
            if (!Files.exists(target)) {
                continue;
            }
            for (Path source : files) {
                if (isSameFile(source, target)) {
                    throw EditionsException.of(source.toString(), "the edition " + target
                            + " would overwrite the source itself; publish into another folder (-o DIR)");
                }
            }
        }
    }

    private static boolean isSameFile(Path source, Path target) {
        if (!Files.exists(source)) {
            return false;
        }
        try {
            return Files.isSameFile(source, target);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be checked: " + OutputFiles.describe(e), e);
        }
    }
}
