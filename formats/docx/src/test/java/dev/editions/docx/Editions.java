package dev.editions.docx;

import dev.editions.fixtures.Fixtures;
import dev.editions.fixtures.Written;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Writes DOCX editions of the shared fixtures for tests, once per test JVM. */
public final class Editions {
    private static final Map<String, Supplier<Document>> FIXTURES = Fixtures.standard();
    private static final Map<String, byte[]> WRITTEN = new LinkedHashMap<>();

    private Editions() {
    }

    /** The names of the fixtures. */
    public static Iterable<String> names() {
        return FIXTURES.keySet();
    }

    /** The fixture called {@code name}. */
    public static Document fixture(String name) {
        return FIXTURES.get(name).get();
    }

    /** The DOCX edition of fixture {@code name}, written once. */
    public static synchronized byte[] of(String name) {
        return WRITTEN.computeIfAbsent(name, n -> docx(fixture(n))).clone();
    }

    public static byte[] docx(Document document) {
        return docx(document, EditionOptions.builder().build());
    }

    public static byte[] docx(Document document, EditionOptions options) {
        return Written.bytes(new DocxWriter(), document, options);
    }

    public static Path file(Path dir, String name, byte[] docx) {
        try {
            return Files.write(dir.resolve(name), docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
