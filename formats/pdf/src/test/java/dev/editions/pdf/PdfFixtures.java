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

    /** The named destinations the internal links of {@code pdf} go to, page by page, in order. */
    static List<String> linkedDestinations(org.apache.pdfbox.pdmodel.PDDocument pdf) throws IOException {
        List<String> targets = new java.util.ArrayList<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo
                        && goTo.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation
                                .destination.PDNamedDestination named) {
                    targets.add(named.getNamedDestination());
                }
            }
        }
        return targets;
    }

    /** The PDF edition of {@code document} with {@code options}. */
    static byte[] pdf(Document document, EditionOptions options) {
        return Written.bytes(new PdfWriter(), document, options);
    }
}
