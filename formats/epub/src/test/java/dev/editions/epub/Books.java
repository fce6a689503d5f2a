package dev.editions.epub;

import dev.editions.fixtures.Written;
import dev.editions.model.Document;
import dev.editions.write.WriteContext;
import dev.editions.write.EditionOptions;
import dev.editions.write.PageMap;
import dev.editions.text.PlainText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes test books into the folder the accessibility checks outside Maven read. */
final class Books {
    /** Where written books are kept for DAISY Ace ({@code .ci/checks/ace.sh}). */
    static final Path FOLDER = Path.of("target", "editions-under-test");
    /** Where books that need no check outside Maven are written. */
    static final Path SCRATCH = Path.of("target", "epub-scratch");
    static final WriteContext OPTIONS = WriteContext.of(EditionOptions.builder().build(), "fixture");

    private Books() {
    }

    static byte[] bytes(Document document, WriteContext context) {
        return Written.bytes(new EpubWriter(), document, context);
    }

    /** Writes {@code document} to {@code name}.epub in {@link #FOLDER}. */
    static Path write(String name, Document document, WriteContext options) {
        return write(FOLDER, name, document, options);
    }

    /** Writes {@code document} to {@code name}.epub in {@code folder}. */
    static Path write(Path folder, String name, Document document, WriteContext options) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".epub");
            Files.write(file, bytes(document, options));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages a paginated edition might have: a page starting at the first block, then about every
     * {@code every} blocks, alternating between a block start and the middle of its text.
     */
    static PageMap pages(Document document, int every) {
        List<PageMap.PageStart> starts = new ArrayList<>();
        starts.add(new PageMap.PageStart("1", 0, 0));
        for (int block = every, page = 2; block < document.blocks().size(); block += every, page++) {
            int length = PlainText.of(document.blocks().get(block)).length();
            int offset = page % 2 == 0 ? length / 2 : 0;
            starts.add(new PageMap.PageStart(Integer.toString(page), block, offset));
        }
        return new PageMap("urn:uuid:0b5a7a52-5b7a-4f58-9d1e-5a0f6f3c2d10", starts);
    }

    static WriteContext paginated(Document document, int every) {
        return WriteContext.of(EditionOptions.builder().timestamp(Instant.parse("2026-03-01T12:00:00Z")).build(), "fixture")
                .withPageMap(pages(document, every));
    }
}
