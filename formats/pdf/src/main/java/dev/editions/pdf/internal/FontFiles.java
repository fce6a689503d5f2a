package dev.editions.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of each bundled font file, read from the classpath once per JVM and shared read-only;
 * likewise those of small installed font files (a script's Noto font), which OpenPDF then reads
 * from memory rather than from the file, where it reads a few bytes at a time.
 */
final class FontFiles {
    /** The largest installed file kept in memory: a script's font, not a CJK collection of 20 MB. */
    private static final long SMALL = 4 << 20;
    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Path, Optional<byte[]>> INSTALLED = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    /** The TrueType file of {@code face}. */
    static synchronized byte[] of(Face face) {
        return BYTES.computeIfAbsent(face, FontFiles::read);
    }

    /**
     * The bytes of the installed font file {@code path} when it is a single font of at most 4 MB;
     * else {@code null}, and OpenPDF reads the file itself.
     */
    static byte[] ofSmall(Path path) {
        return INSTALLED.computeIfAbsent(path, FontFiles::readSmall).orElse(null);
    }

    private static Optional<byte[]> readSmall(Path path) {
        try {
            String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".ttc") || Files.size(path) > SMALL) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException unreadable) {
            // OpenPDF reads it, and says what is wrong.
            return Optional.empty();
        }
    }

    private static byte[] read(Face face) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("font " + face.resource() + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.resource(), e);
        }
    }
}
