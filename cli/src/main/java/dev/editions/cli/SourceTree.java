package dev.editions.cli;

import dev.editions.EditionsException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The reports a {@code publish} run names: files as given, and in each folder given every {@code .txt}
 * and {@code .md} file below it, in name order. Hidden files and folders (a name starting with a dot),
 * folders reached through a link and the output folder are left out; a linked file counts. A report found in a folder is
 * published into the same place below the output folder ({@code docs/a/b.md} into {@code OUT/a/}), so
 * reports of the same name in different folders do not overwrite each other.
 */
final class SourceTree {
    /** The most folders below a folder given that are looked into. */
    static final int MAX_DEPTH = 32;

    private SourceTree() {
    }

    /**
     * A report to publish.
     *
     * @param file the report
     * @param output the folder its editions go into
     * @param found whether it was found in a folder (rather than named)
     */
    record Report(Path file, Path output, boolean found) {
    }

    /** The reports {@code arguments} name, with the folders their editions go into below {@code output}. */
    static List<Report> of(List<Path> arguments, Path output) {
        List<Report> reports = new ArrayList<>();
        Path outputFolder = output.toAbsolutePath().normalize();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                for (Path file : reportsIn(argument, outputFolder)) {
                    Path relative = argument.relativize(file).getParent();
                    reports.add(new Report(file, relative == null ? output : output.resolve(relative), true));
                }
            } else {
                reports.add(new Report(argument, output, false));
            }
        }
        return reports;
    }

    /** Whether {@code file}'s name ends in {@code .txt} or {@code .md}, in any case. */
    static boolean isReport(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".txt") || name.endsWith(".md")) && !name.startsWith(".");
    }

    private static List<Path> reportsIn(Path folder, Path outputFolder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    boolean output = dir.toAbsolutePath().normalize().equals(outputFolder) && !dir.equals(folder);
                    return hidden || output ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean regular = attributes.isRegularFile()
                            || attributes.isSymbolicLink() && Files.isRegularFile(file);
                    if (regular && isReport(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw EditionsException.of(folder.toString(), "cannot be searched for reports: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Path::toString));
        if (found.isEmpty() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw EditionsException.of(folder.toString(), "is a folder with no report in it (no .txt or .md file below it)");
        }
        return found;
    }
}
