package dev.editions;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** The file-system steps of publishing: folders, temporary files, moves, and the checks before them. */
final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /** Creates the folder and any missing parents; returns the outermost folder created, or null. */
    static Path createDirectory(Path directory) {
        if (directory.toString().isEmpty()) {
            throw EditionsException.of("''", "the output folder name is empty; give a folder such as 'editions-out'");
        }
        Path given = directory.toAbsolutePath();
        Path absolute = given.normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw EditionsException.of(directory.toString(), "cannot be the output folder: it is a file");
        }
        if (Files.isSymbolicLink(given) && !Files.exists(given)) {
            throw EditionsException.of(directory.toString(), "cannot be the output folder: it is a link to '"
                    + linkTarget(given) + "', which does not exist");
        }
        Path before = given.getRoot();
        for (Path part : given) {
            if (part.toString().equals("..") && before != null && !Files.isDirectory(before)) {
                throw EditionsException.of(directory.toString(), "cannot be the output folder: " + before
                        + " does not exist, so the '..' after it leads nowhere; name the folder without '..'");
            }
            before = before == null ? part : before.resolve(part);
        }
        Path firstMissing = null;
        for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            firstMissing = p;
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw EditionsException.of(directory.toString(), "cannot create the output folder: " + describe(e), e);
        }
        if (!Files.isWritable(absolute)) {
            throw EditionsException.of(directory.toString(), "the output folder is not writable");
        }
        return firstMissing;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** Refuses a target that is a folder, which no edition can replace. */
    static void refuseFolderAsTarget(Path target) {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw EditionsException.of(target.toString(), "cannot be written: a folder of that name is in the way");
        }
    }

    /** Removes the folders this run created, innermost first, as long as they are empty. */
    static void removeCreatedFolders(Path directory, Path firstCreated) {
        for (Path p = directory.toAbsolutePath().normalize(); p != null && p.startsWith(firstCreated); p = p.getParent()) {
            deleteQuietly(p);
        }
    }

    /**
     * A new empty file beside {@code target} with a short hidden name, created with the default
     * permissions (so the umask applies, as for any file the user creates).
     */
    static Path temporaryFor(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            Path temporary = folder.resolve(".editions-" + HexFormat.of().formatHex(bytes) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw EditionsException.of(target.toString(), "cannot be written: no free temporary name", e);
                }
            } catch (IOException e) {
                throw EditionsException.of(target.toString(), "cannot be written: " + describe(e), e);
            }
        }
    }

    static void moveIntoPlace(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be moved into place: " + describe(e), e);
        }
    }

    /** Flushes the folder's entries to disk so the moves survive a power cut; a no-op where folders cannot be opened. */
    static void syncFolder(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems cannot open a folder as a channel; the files themselves were already flushed.
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Already gone or cannot be removed; nothing more can be done here.
        }
    }
}
