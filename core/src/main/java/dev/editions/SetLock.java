package dev.editions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to one source's set in an output folder, for the length of a run: a lock on
 * {@code .editions/NAME.lock} (held against other processes and, within this JVM, other threads), so
 * two runs publishing the same name into the same folder take turns. The lock file also holds the
 * name of the staging folder of the run that holds it, written before that folder is made, so a later
 * run can tell a staging folder left by a killed run. Runs of different names do not wait for each other.
 */
final class SetLock implements AutoCloseable {
    /** The folder beside the editions that holds the manifests and lock files. */
    static final String FOLDER = ".editions";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path directory;
    private final String key;
    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private SetLock(Path directory, String key, ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.directory = directory;
        this.key = key;
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits for and takes the lock of the set named {@code baseName} in {@code directory}. */
    static SetLock acquire(Path directory, String baseName) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path folder = absolute.resolve(FOLDER);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw EditionsException.of(folder.toString(), "cannot hold the record of the editions: it is not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw EditionsException.of(folder.toString(), "cannot be created: " + OutputFiles.describe(e), e);
        }
        String key = key(baseName);
        Path file = folder.resolve(key + ".lock");
        ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(realPath(folder).resolve(key + ".lock"),
                f -> new ReentrantLock());
        jvmLock.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            return new SetLock(absolute, key, jvmLock, channel, channel.lock());
        } catch (IOException e) {
            closeQuietly(channel);
            jvmLock.unlock();
            throw EditionsException.of(file.toString(), "cannot be locked: " + OutputFiles.describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            jvmLock.unlock();
            throw e;
        }
    }

    /** The folder's real path, so two spellings of one folder share a lock within this JVM. */
    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /**
     * The name the set's files in {@code .editions} are given: the base name, or its SHA-256 when
     * {@code NAME.json} would be longer than file systems allow.
     */
    static String key(String baseName) {
        if (RelativeName.bytes(baseName) + ".json".length() <= RelativeName.NAME_LIMIT) {
            return baseName;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(baseName.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The output folder, absolute. */
    Path directory() {
        return directory;
    }

    /** The lock file, {@code .editions/NAME.lock}. */
    Path file() {
        return directory.resolve(FOLDER).resolve(key + ".lock");
    }

    /** The manifest of the set, {@code .editions/NAME.json}. */
    Path manifest() {
        return directory.resolve(FOLDER).resolve(key + ".json");
    }

    /** The file a new manifest is written to before it replaces the old one; as long as the manifest's name. */
    Path manifestDraft() {
        return directory.resolve(FOLDER).resolve(key + ".part");
    }

    /** The staging folder a run holding this lock recorded and may have left behind. */
    Optional<String> recordedStaging() {
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1024));
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // read until full
            }
            String name = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return Staging.isStagingName(name) ? Optional.of(name) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records {@code staging} (or nothing, when null) as the staging folder of this run, flushed to disk. */
    void recordStaging(String staging) {
        try {
            channel.truncate(0);
            if (staging != null) {
                ByteBuffer bytes = ByteBuffer.wrap((staging + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes, bytes.position());
                }
            }
            channel.force(true);
        } catch (IOException e) {
            throw EditionsException.of(file().toString(),
                    "cannot be written: " + OutputFiles.describe(e), e);
        }
    }

    /** Releases the lock; the lock file stays for the next run. */
    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            closeQuietly(channel);
            jvmLock.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more can be done.
            }
        }
    }
}
