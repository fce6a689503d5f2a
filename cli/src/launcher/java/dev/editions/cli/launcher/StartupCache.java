package dev.editions.cli.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up cache of the command's classes, kept in the user's cache folder
 * ({@code $XDG_CACHE_HOME/editions}, else {@code ~/.cache/editions}; {@code ~/Library/Caches/editions}
 * on macOS, {@code %LOCALAPPDATA%\editions} on Windows). On JDK 25 and newer it is an AOT cache
 * (classes loaded and linked ahead of time, {@code -XX:AOTCache}); on JDK 21 to 24 a dynamic
 * class-data archive ({@code -XX:SharedArchiveFile}). After the first {@code publish} without one,
 * the launcher makes it in a training run of its own (the bundled sample and a small Markdown
 * report, output discarded, so the user's run prints nothing of it), under a temporary name moved
 * into place when complete. The file is named after the jar (path, size, time) and the JDK (home,
 * version): a new jar or JDK starts a new cache and the old one of the same jar is removed.
 * Nothing here fails a run: without a writable folder the command runs without the cache, and the
 * JVM's messages about the cache are off. {@code EDITIONS_STARTUP_CACHE=off} turns it off.
 */
final class StartupCache {
    private static final int AOT_CACHE = 25;
    private static final long TRAINING_SECONDS = 300;

    private final Path file;
    private final int javaFeature;

    private StartupCache(Path file, int javaFeature) {
        this.file = file;
        this.javaFeature = javaFeature;
    }

    /** The cache for {@code jar} run by the JDK at {@code javaHome}, or null when there can be none. */
    static StartupCache find(Map<String, String> environment, Path jar, Path javaHome, int javaFeature,
            String javaVersion) {
        if ("off".equals(environment.get("EDITIONS_STARTUP_CACHE")) || !jar.toString().endsWith(".jar")
                || !Files.isRegularFile(jar)) {
            return null;
        }
        Path folder = folder(environment);
        if (folder == null) {
            return null;
        }
        try {
            String jarKey = digest(jar.toAbsolutePath().normalize().toString());
            String buildKey = digest(Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + javaHome.toAbsolutePath().normalize() + "|" + javaVersion);
            String extension = javaFeature >= AOT_CACHE ? ".aot" : ".jsa";
            return new StartupCache(folder.resolve("editions-" + jarKey + "-" + buildKey + extension), javaFeature);
        } catch (IOException e) {
            return null;
        }
    }

    /** The user's cache folder for the command, or null when the environment names none. */
    static Path folder(Map<String, String> environment) {
        String explicit = environment.get("XDG_CACHE_HOME");
        if (explicit != null && !explicit.isBlank() && Paths.get(explicit).isAbsolute()) {
            return Paths.get(explicit, "editions");
        }
        String home = System.getProperty("user.home");
        if (File.separatorChar == '\\') {
            String local = environment.get("LOCALAPPDATA");
            return local == null || local.isBlank() ? null : Paths.get(local, "editions");
        }
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        if (System.getProperty("os.name", "").startsWith("Mac")) {
            return Paths.get(home, "Library", "Caches", "editions");
        }
        return Paths.get(home, ".cache", "editions");
    }

    /** The cache file, whether or not it exists yet. */
    Path file() {
        return file;
    }

    /** The JVM options that use the cache, when it exists; empty otherwise. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return options;
        }
        if (javaFeature >= AOT_CACHE) {
            options.add("-Xlog:aot*=off,cds*=off");
            options.add("-XX:AOTCache=" + file);
        } else {
            options.add("-Xlog:cds*=off");
            options.add("-XX:SharedArchiveFile=" + file);
        }
        return options;
    }

    /** Whether the cache is missing and its folder can be written. */
    boolean missing() {
        if (Files.isRegularFile(file)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.isWritable(file.getParent());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Makes the cache: runs {@code java} with {@code jvmOptions} on the training reports, all output
     * discarded, then moves the new cache into place and removes older caches of the same jar. Any
     * failure leaves things as they were; a later run tries again.
     */
    void train(Path java, List<String> jvmOptions, String jar) {
        Path pending = pending();
        Path work = null;
        try {
            work = Files.createTempDirectory("editions-training");
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.add(javaFeature >= AOT_CACHE ? "-XX:AOTCacheOutput=" + pending
                    : "-XX:ArchiveClassesAtExit=" + pending);
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar);
            command.add("publish");
            command.add(copy("training.md", work.resolve("training.md")).toString());
            command.add(copy("/dev/editions/cli/sample/defining-dialogue.txt", work.resolve("sample.txt")).toString());
            command.add("-o");
            command.add(work.resolve("out").toString());
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return;
            }
            if (process.exitValue() == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                try {
                    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING);
                }
                removeOlderCaches();
            }
        } catch (IOException | SecurityException e) {
            // The cache is an optimisation: the user's run has already ended on its own.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(pending);
            deleteQuietly(Paths.get(pending + ".config"));
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = StartupCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            Files.copy(in, target);
        }
        return target;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(StartupCache::deleteQuietly);
        } catch (IOException e) {
            // A temporary folder; the system cleans it up in time.
        }
    }

    private Path pending() {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    private boolean prepareFolder() {
        try {
            Files.createDirectories(file.getParent());
            return Files.isWritable(file.getParent());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private void removeOlderCaches() throws IOException {
        String name = file.getFileName().toString();
        String samejar = name.substring(0, name.indexOf('-', "editions-".length()) + 1);
        List<Path> older = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(), samejar + "*")) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(name) && !entry.getFileName().toString().endsWith(".tmp")) {
                    older.add(entry);
                }
            }
        }
        Collections.sort(older);
        older.forEach(StartupCache::deleteQuietly);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | SecurityException e) {
            // Left for a later run.
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
