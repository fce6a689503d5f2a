package dev.editions.pdf;

import dev.editions.fixtures.Fixtures;
import dev.editions.fixtures.Written;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The PDF editions of the shared fixtures, each written once per test JVM. */
final class PdfFixtures {
    private static final Map<String, Supplier<Document>> FIXTURES = Fixtures.standard();
    private static final Map<String, byte[]> WRITTEN = new LinkedHashMap<>();

    private PdfFixtures() {
    }

    /** The names of the fixtures. */
    static List<String> names() {
        return List.copyOf(FIXTURES.keySet());
    }

    /** The fixture called {@code name}. */
    static Document fixture(String name) {
        return FIXTURES.get(name).get();
    }

    /** The PDF edition of fixture {@code name}. */
    static synchronized byte[] pdf(String name) {
        return WRITTEN.computeIfAbsent(name, n -> pdf(fixture(n), EditionOptions.builder().build())).clone();
    }

    /** The PDF edition of {@code document} with {@code options}. */
    static byte[] pdf(Document document, EditionOptions options) {
        return Written.bytes(new PdfWriter(), document, options);
    }
}
