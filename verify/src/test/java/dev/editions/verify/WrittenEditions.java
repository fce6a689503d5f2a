package dev.editions.verify;

import dev.editions.fixtures.Fixtures;
import dev.editions.fixtures.Written;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The four editions of the shared fixtures, written once per test JVM into {@code target/verify-editions}. */
final class WrittenEditions {
    static final Path FOLDER = Path.of("target", "verify-editions");
    private static final Map<String, Path> WRITTEN = new LinkedHashMap<>();

    private WrittenEditions() {
    }

    /** The fixtures every edition of which must pass every checker. */
    static Map<String, Supplier<Document>> fixtures() {
        Map<String, Supplier<Document>> fixtures = new LinkedHashMap<>(Fixtures.standard());
        fixtures.put("code", Fixtures::code);
        fixtures.put("links", WrittenEditions::linksAcrossPages);
        return fixtures;
    }

    /** Paragraphs whose links run over several lines and across page breaks. */
    private static Document linksAcrossPages() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new dev.editions.model.Heading(1, List.of(new Text("Minutes of the talks"))));
        String words = "the minutes and papers of every meeting held during the second round of talks ";
        for (int i = 0; i < 36; i++) {
            blocks.add(new Paragraph(List.of(new Text("Read "), new Link("https://example.org/minutes/" + i, null,
                    List.of(new Text(words.repeat(3 + i % 6)), new Abbreviation("UN", "United Nations"))),
                    new Text(" online."))));
        }
        return Document.of(Metadata.builder().title("Minutes").language("en").build(), blocks);
    }

    /** The edition of fixture {@code name} in {@code format}, e.g. {@code pdf}. */
    static synchronized Path of(String name, String format) {
        return WRITTEN.computeIfAbsent(name + "." + format, file -> write(fixtures().get(name).get(), file, format));
    }

    /** Writes {@code document} as {@code file} in {@code format}. */
    static Path write(Document document, String file, String format) {
        EditionWriter writer = EditionWriters.discover().writer(format);
        return Written.save(writer, document, FOLDER.resolve(file));
    }

    /** Copies a Markdown edition's pictures (files named by their content, so copies can share them). */
    private static void copyPictures(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A copy of {@code edition} called {@code name} (with its pictures), for a test to break. */
    static Path copy(Path edition, String name) {
        try {
            Path broken = FOLDER.resolve("broken");
            Files.createDirectories(broken);
            copyPictures(edition.resolveSibling("images"), broken.resolve("images"));
            return Files.copy(edition, broken.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
