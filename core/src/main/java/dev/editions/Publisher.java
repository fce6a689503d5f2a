package dev.editions;

import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of editions atomically: each to a temporary file beside its target, then all moved
 * into place once every one has been written. Paginated editions (PDF) are written first so the
 * others can carry their page breaks.
 */
final class Publisher {
    private final EditionWriters writers;
    private final EditionOptions options;

    Publisher(EditionWriters writers, EditionOptions options) {
        this.writers = writers;
        this.options = options;
    }

    /**
     * Writes {@code document} as {@code baseName.ext} for each format; errors about the document's
     * content are reported against {@code sourceName}.
     */
    Publication publish(Document document, String sourceName, String baseName, Path directory, List<String> formats) {
        Map<String, EditionWriter> chosen = new LinkedHashMap<>();
        for (String format : formats) {
            EditionWriter writer = writers.writer(format);
            chosen.putIfAbsent(writer.format(), writer);
        }
        List<EditionWriter> order = new ArrayList<>(chosen.values());
        order.sort((a, b) -> Boolean.compare(!"pdf".equals(a.format()), !"pdf".equals(b.format())));

        Path firstCreated = createDirectory(directory);
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        List<Publication.Edition> written = new ArrayList<>();
        boolean done = false;
        try {
            EditionOptions current = options;
            for (EditionWriter writer : order) {
                Path target = directory.resolve(baseName + "." + writer.extension());
                Path temporary = temporaryFor(target);
                temporaries.put(temporary, target);
                EditionReport report = write(writer, document, temporary, current, target, sourceName);
                if (report.pages().isPresent() && current.pageMap() == null) {
                    current = current.toBuilder().pageMap(report.pages().get()).build();
                }
                written.add(new Publication.Edition(writer.format(), target, size(temporary)));
            }
            for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
            }
            done = true;
            return new Publication(written);
        } finally {
            for (Path temporary : temporaries.keySet()) {
                deleteQuietly(temporary);
            }
            if (!done && firstCreated != null) {
                removeCreatedFolders(directory, firstCreated);
            }
        }
    }

    private static EditionReport write(EditionWriter writer, Document document, Path temporary,
            EditionOptions options, Path target, String sourceName) {
        try (OutputStream out = Files.newOutputStream(temporary)) {
            return writer.write(document, out, options);
        } catch (EditionsException e) {
            if (sourceName == null || sourceName.equals(e.source()) || target.toString().equals(e.source())) {
                throw e;
            }
            throw EditionsException.of(sourceName, e.getMessage(), e);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + describe(e), e);
        } catch (RuntimeException e) {
            throw EditionsException.of(sourceName, "the " + writer.format() + " edition cannot be written: " + e, e);
        }
    }

    /** Creates the folder and any missing parents; returns the outermost folder created, or null. */
    private static Path createDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath();
        Path firstMissing = null;
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
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

    /** Removes the folders this run created, innermost first, as long as they are empty. */
    private static void removeCreatedFolders(Path directory, Path firstCreated) {
        for (Path p = directory.toAbsolutePath(); p != null && p.startsWith(firstCreated); p = p.getParent()) {
            deleteQuietly(p);
        }
    }

    private static Path temporaryFor(Path target) {
        try {
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + describe(e), e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) {
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

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The temporary file is already gone or cannot be removed; nothing more can be done here.
        }
    }
}
