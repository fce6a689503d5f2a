package dev.editions.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The bytes of each font file, read from the classpath once per JVM and shared read-only. */
final class FontFiles {
    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

    private FontFiles() {
    }

    /** The TrueType file of {@code face}. */
    static synchronized byte[] of(Face face) {
        return BYTES.computeIfAbsent(face, FontFiles::read);
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
