package dev.editions.markdown;

import dev.editions.fixtures.Written;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and reads Markdown editions for tests, and keeps every written edition in
 * {@code target/editions-under-test} for markdownlint to check after the build.
 */
final class EditionsUnderTest {
    /** The folder markdownlint checks. */
    static final Path FOLDER = Path.of("target", "editions-under-test");

    private EditionsUnderTest() {
    }

    static byte[] write(Document document) {
        return Written.bytes(new MarkdownWriter(), document);
    }

    /** Writes {@code document} and keeps the edition as {@code name.md} for linting. */
    static byte[] writeKept(Document document, String name) {
        byte[] bytes = write(document);
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".md"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    static Document read(String name, byte[] bytes) {
        return new MarkdownReader().read(Source.of(name + ".md", bytes));
    }
}
