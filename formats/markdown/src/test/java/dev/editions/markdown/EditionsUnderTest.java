package dev.editions.markdown;

import dev.editions.fixtures.Written;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
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

    /** Where editions are read back from, with the pictures every written edition put beside it. */
    static final Path READ_BACK = Path.of("target", "read-back");

    /** The edition's bytes; its pictures are saved beside the kept editions and those read back. */
    static byte[] write(Document document) {
        WriteContext context = WriteContext.of(EditionOptions.builder().build(), "fixture");
        byte[] bytes = Written.bytes(new MarkdownWriter(), document, context);
        try {
            for (Path folder : new Path[] {FOLDER, READ_BACK}) {
                for (var picture : context.companions().files().entrySet()) {
                    Path file = folder.resolve(picture.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, picture.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
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

    /** Reads {@code bytes} as a file {@code name.md} beside the pictures of the editions written. */
    static Document read(String name, byte[] bytes) {
        try {
            Files.createDirectories(READ_BACK);
            Path file = READ_BACK.resolve(name + ".md");
            Files.write(file, bytes);
            return new MarkdownReader().read(Source.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
