package dev.editions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The folder a run writes one source's set into before moving it into place:
 * {@code .editions-staging-RANDOM} beside the editions, holding each file under its final name (so
 * no name grows longer) and its companion files in their folders.
 */
final class Staging {
    private static final String PREFIX = ".editions-staging-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Path folder;

    private Staging(Path directory, Path folder) {
        this.directory = directory;
        this.folder = folder;
    }

    /** A new name for a staging folder. */
    static String newName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return PREFIX + HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code name} is the name of a staging folder. */
    static boolean isStagingName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Creates the staging folder {@code name} in {@code directory}. */
    static Staging create(Path directory, String name) {
        Path folder = directory.resolve(name);
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            throw EditionsException.of(folder.toString(), "cannot be created: it exists already", e);
        } catch (IOException e) {
            throw EditionsException.of(folder.toString(), "cannot be created: " + OutputFiles.describe(e), e);
        }
        return new Staging(directory, folder);
    }

    /** The staging folder. */
    Path folder() {
        return folder;
    }

    /** The name of the staging folder. */
    String name() {
        return folder.getFileName().toString();
    }

    /** A new empty file in the staging folder for the target {@code name}, its folders created as needed. */
    Path newFile(String name) {
        Path file = RelativeName.resolve(folder, name);
        try {
            Files.createDirectories(file.getParent());
            return Files.createFile(file);
        } catch (IOException e) {
            throw EditionsException.of(RelativeName.resolve(directory, name).toString(),
                    "cannot be written: " + OutputFiles.describe(e), e);
        }
    }

    /** Flushes the staging folder's entries, and the output folder's entry for it, to disk. */
    void sync() {
        for (Path each : folders(folder)) {
            OutputFiles.syncFolder(each);
        }
        OutputFiles.syncFolder(directory);
    }

    /**
     * Moves the staged file {@code name} over its target, creating the target's folders as needed.
     *
     * @throws EditionsException when it cannot be moved
     */
    static void move(Path staged, Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw EditionsException.of(target.getParent().toString(), "cannot create the folder: "
                    + OutputFiles.describe(e), e);
        }
        OutputFiles.moveIntoPlace(staged, target);
    }

    /** Removes a staging folder and everything in it, without following links. */
    static void delete(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        collect(folder, all);
        for (int i = all.size() - 1; i >= 0; i--) {
            OutputFiles.deleteQuietly(all.get(i));
        }
    }

    /** Whether {@code folder} still exists (a staging folder left behind). */
    static boolean exists(Path folder) {
        return Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
    }

    private static void collect(Path path, List<Path> all) {
        all.add(path);
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                collect(entry, all);
            }
        } catch (IOException e) {
            // What cannot be listed cannot be removed; the folder stays and a later run tries again.
        }
    }

    private static List<Path> folders(Path root) {
        List<Path> all = new ArrayList<>();
        collect(root, all);
        return all.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /** Whether {@code path} is a regular file, not following links. */
    static boolean isFile(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }
}
