package dev.editions.check;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs every checker of an edition's format over each edition file and gathers the results in a
 * {@link ConformanceReport}. The checkers are created once per verifier, so validators that are slow
 * to set up (veraPDF, EPUBCheck) are set up once per run, not once per file; the checks run side by
 * side, one thread per processor, and are reported in file-name and checker order.
 */
public final class Verifier {
    private final EditionWriters writers;
    private final List<EditionChecker> checkers;
    private final String generator;

    /**
     * A verifier using {@code checkers} for the formats {@code writers} describe.
     *
     * @param generator the name and version recorded in reports, e.g. {@code Editions 1.0.0}
     */
    public Verifier(EditionWriters writers, List<EditionChecker> checkers, String generator) {
        this.writers = writers;
        this.checkers = checkers.stream()
                .sorted(Comparator.comparing(EditionChecker::format).thenComparing(Verifier::order)).toList();
        this.generator = generator;
    }

    /** A verifier with every checker on the class path (those of {@code editions-verify} when present). */
    public static Verifier discover(EditionWriters writers, String generator) {
        List<EditionChecker> found = ServiceLoader.load(EditionChecker.class, Verifier.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        return new Verifier(writers, found, generator);
    }

    /** The checkers, in the order they run for a format. */
    public List<EditionChecker> checkers() {
        return checkers;
    }

    /**
     * Checks {@code paths}: each a file, or a folder whose edition files (those whose extension a
     * writer declares) are all checked.
     *
     * @param checkedAt the time the report records
     * @throws EditionsException when a path does not exist, a named file is of no known format, or a
     *     file cannot be read at all
     */
    public ConformanceReport verify(List<Path> paths, Instant checkedAt) {
        return verify(paths, checkedAt, Map.of());
    }

    /**
     * Checks {@code paths} as {@link #verify(List, Instant)} does, giving each checker the document an
     * edition was written from when {@code models} has it (keyed by the path as given), so the
     * edition's text can be compared with the model's.
     */
    public ConformanceReport verify(List<Path> paths, Instant checkedAt, Map<Path, Document> models) {
        TreeMap<String, Path> files = new TreeMap<>();
        for (Path path : paths) {
            for (Path file : editionFiles(path)) {
                files.put(name(path, file), file);
            }
        }
        return new ConformanceReport(generator, checkedAt, checkAll(files, Map.copyOf(models)));
    }

    /**
     * Runs every check of every file side by side, one thread per processor (the checks of one large
     * PDF as much as those of several files), and keeps the files' and the checkers' order.
     */
    private List<EditionConformance> checkAll(TreeMap<String, Path> files, Map<Path, Document> models) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "editions-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, List<Future<CheckResult>>> pending = new java.util.LinkedHashMap<>();
            Map<String, String> formats = new java.util.HashMap<>();
            files.forEach((name, file) -> {
                String format = formatOf(file).orElseThrow(() -> EditionsException.of(file.toString(),
                        "is not an edition of a known format; give a file whose extension is one of "
                                + writers.all().stream().map(w -> "." + w.descriptor().extension()).toList()));
                formats.put(name, format);
                Document model = models.get(file);
                List<Future<CheckResult>> checks = new ArrayList<>();
                for (EditionChecker checker : checkers) {
                    if (checker.format().equals(format)) {
                        checks.add(pool.submit(() -> model == null ? checker.run(file) : checker.run(file, model)));
                    }
                }
                pending.put(name, checks);
            });
            List<EditionConformance> editions = new ArrayList<>();
            for (Map.Entry<String, List<Future<CheckResult>>> entry : pending.entrySet()) {
                List<CheckResult> results = new ArrayList<>();
                for (Future<CheckResult> result : entry.getValue()) {
                    results.add(result.get());
                }
                Path file = files.get(entry.getKey());
                editions.add(new EditionConformance(entry.getKey(), formats.get(entry.getKey()), size(file),
                        sha256(file), results));
            }
            return editions;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the editions", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> editionFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw EditionsException.of(path.toString(), "does not exist; give an edition file or a folder of editions");
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> formatOf(file).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw EditionsException.of(path.toString(), "cannot be listed: " + e.getMessage(), e);
        }
    }

    private Optional<String> formatOf(Path file) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return writers.all().stream().map(EditionWriter::descriptor)
                .filter(descriptor -> fileName.endsWith("." + descriptor.extension()))
                .map(descriptor -> descriptor.id()).findFirst();
    }

    private static String name(Path given, Path file) {
        return Files.isDirectory(given) ? file.getFileName().toString() : given.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw EditionsException.of(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw EditionsException.of(file.toString(), "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Validators of standards first, then rule sets, then each by name, so reports read the same every run. */
    private static String order(EditionChecker checker) {
        return ("rules".equals(checker.profile()) ? "1" : "0") + checker.name() + " " + checker.profile();
    }
}
