package dev.editions.maven;

import dev.editions.EditionsException;
import dev.editions.read.Source;
import dev.editions.read.SourceReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the report sources to publish: the files given, and the readable files inside the folders given. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** The readable files under {@code folder}, or none when it does not exist. */
    static List<Path> inFolderIfPresent(Path folder) {
        return Files.isDirectory(folder) ? find(List.of(folder)) : List.of();
    }

    /**
     * The files among {@code paths}, and the files with a readable extension inside the folders among
     * them, in a stable order.
     *
     * @throws EditionsException when a path does not exist
     */
    static List<Path> find(List<Path> paths) {
        Set<String> extensions = SourceReaders.discover().all().stream()
                .flatMap(reader -> reader.extensions().stream()).collect(Collectors.toSet());
        Set<Path> found = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                found.addAll(readableFilesIn(path, extensions));
            } else if (Files.exists(path)) {
                found.add(path);
            } else {
                throw EditionsException.of(path.toString(), "no such file or folder");
            }
        }
        return new ArrayList<>(found);
    }

    private static List<Path> readableFilesIn(Path folder, Set<String> extensions) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> extensions.contains(Source.extensionOf(file.getFileName().toString()))).toList();
        } catch (IOException | UncheckedIOException e) {
            throw EditionsException.of(folder.toString(), "cannot be listed: " + e.getMessage(), e);
        }
    }
}
