package dev.editions;

import dev.editions.write.CompanionFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes an edition's companion files: each is written to a temporary file beside its target
 * (folders created as needed and remembered, so a failed run can remove them) and flushed to disk,
 * then moved into place with the edition.
 */
final class Companions {
    private Companions() {
    }

    /**
     * Writes each companion file to a temporary file; returns temporary file by target.
     *
     * @throws EditionsException when a file cannot be written; its temporary files are removed
     */
    static Map<Path, Path> writeTemporaries(CompanionFiles files, Path directory, List<Path> createdFolders) {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        Path folder = directory.toAbsolutePath().normalize();
        try {
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw EditionsException.of(file.getKey(), "cannot be written outside the output folder");
                }
                createFolders(target.getParent(), folder, createdFolders);
                OutputFiles.refuseFolderAsTarget(target);
                Path temporary = OutputFiles.temporaryFor(target);
                temporaries.put(temporary, target);
                write(temporary, file.getValue(), target);
            }
            return temporaries;
        } catch (EditionsException e) {
            temporaries.keySet().forEach(OutputFiles::deleteQuietly);
            throw e;
        }
    }

    private static void createFolders(Path parent, Path root, List<Path> createdFolders) {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && !p.equals(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                createdFolders.add(p);
            } catch (IOException e) {
                throw EditionsException.of(p.toString(), "cannot create the folder: " + OutputFiles.describe(e), e);
            }
        }
        if (!Files.isDirectory(parent)) {
            throw EditionsException.of(parent.toString(), "cannot hold the edition's files: it is not a folder");
        }
    }

    private static void write(Path temporary, byte[] bytes, Path target) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + OutputFiles.describe(e), e);
        }
    }

    /** Removes the folders a run created, innermost first, as long as they are empty. */
    static void removeFolders(List<Path> createdFolders) {
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
            OutputFiles.deleteQuietly(createdFolders.get(i));
        }
    }
}
