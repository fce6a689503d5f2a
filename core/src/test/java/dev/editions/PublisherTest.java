package dev.editions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import dev.editions.write.PageMap;
import dev.editions.write.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic output: an edition appears complete or not at all, and a failing run changes nothing. */
class PublisherTest {
    private static final byte[] REPORT = "A short report.\n\nIt has two paragraphs.".getBytes(StandardCharsets.UTF_8);

    /** Writes the document's text; a real writer for what the publisher needs to know. */
    private record TextWriter(String format) implements EditionWriter {
        @Override
        public String extension() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
            for (var block : document.blocks()) {
                out.write((PlainText.of(block) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return EditionReport.NONE;
        }
    }

    /** Writes half an edition, then fails as a full disk does. */
    private record DiskFullWriter(String format) implements EditionWriter {
        @Override
        public String extension() {
            return format;
        }

        @Override
        public String mediaType() {
            return "application/octet-stream";
        }

        @Override
        public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
            out.write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        }
    }

    /** A paginated writer that reports where its pages start. */
    private record PagedWriter() implements EditionWriter {
        @Override
        public String format() {
            return "pdf";
        }

        @Override
        public String extension() {
            return "pdf";
        }

        @Override
        public String mediaType() {
            return "application/pdf";
        }

        @Override
        public EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException {
            out.write('%');
            return EditionReport.paginated(new PageMap("urn:test", List.of(new PageMap.PageStart("1", 0, 0))));
        }
    }

    /** Fails with {@code failure}: a refusal of the content, or a bug. */
    private record ThrowingWriter(String format, RuntimeException failure) implements EditionWriter {
        @Override
        public String extension() {
            return format;
        }

        @Override
        public String mediaType() {
            return "application/octet-stream";
        }

        @Override
        public EditionReport write(Document document, OutputStream out, EditionOptions options) {
            throw failure;
        }
    }

    private static Draft draft(EditionWriter... writers) {
        return Editions.create().withWriters(EditionWriters.of(List.of(writers)))
                .open(Source.of("report.txt", REPORT));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachEditionNamedAfterTheSource(@TempDir Path folder) throws IOException {
        Publication publication = draft(new TextWriter("aaa"), new TextWriter("bbb")).publish(folder);
        assertEquals(List.of("report.aaa", "report.bbb"), listing(folder));
        assertEquals(List.of(folder.resolve("report.aaa"), folder.resolve("report.bbb")), publication.paths());
        assertEquals("A short report.\nIt has two paragraphs.\n", Files.readString(folder.resolve("report.aaa")));
    }

    @Test
    void diskFullLeavesNoPartialEditionAndEarlierEditionsIntact(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.aaa"), "earlier edition");
        Files.writeString(folder.resolve("report.zzz"), "earlier edition too");
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new DiskFullWriter("zzz")).publish(folder));
        assertEquals(folder.resolve("report.zzz") + ": cannot be written: No space left on device", e.getMessage());
        assertEquals(List.of("report.aaa", "report.zzz"), listing(folder));
        assertEquals("earlier edition", Files.readString(folder.resolve("report.aaa")));
        assertEquals("earlier edition too", Files.readString(folder.resolve("report.zzz")));
    }

    @Test
    void aFailingRunDoesNotLeaveTheFoldersItCreated(@TempDir Path folder) {
        Path output = folder.resolve("new/editions");
        assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new DiskFullWriter("zzz")).publish(output));
        assertFalse(Files.exists(folder.resolve("new")));
    }

    @Test
    void anOutputFolderThatIsAFileIsAnError(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa")).publish(file.resolve("out")));
        assertTrue(e.getMessage().startsWith(file.resolve("out") + ": cannot create the output folder: "), e.getMessage());
    }

    @Test
    void aReadOnlyOutputFolderIsAnError(@TempDir Path folder) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write to read-only folders");
        Path output = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
        EditionsException e = assertThrows(EditionsException.class, () -> draft(new TextWriter("aaa")).publish(output));
        assertEquals(output + ": the output folder is not writable", e.getMessage());
    }

    @Test
    void unknownFormatListsTheFormatsPresent(@TempDir Path folder) {
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new TextWriter("bbb")).publish(folder, "pdf"));
        assertEquals("no writer for format 'pdf'; the formats available are aaa, bbb", e.getMessage());
    }

    @Test
    void thePaginatedEditionIsWrittenFirstAndItsPagesPassedOn(@TempDir Path folder) {
        AtomicReference<PageMap> seen = new AtomicReference<>();
        EditionWriter spy = new EditionWriter() {
            @Override
            public String format() {
                return "epub";
            }

            @Override
            public String extension() {
                return "epub";
            }

            @Override
            public String mediaType() {
                return "application/epub+zip";
            }

            @Override
            public EditionReport write(Document document, OutputStream out, EditionOptions options) {
                seen.set(options.pageMap());
                return EditionReport.NONE;
            }
        };
        Publication publication = draft(spy, new PagedWriter()).publish(folder, "epub", "pdf");
        assertEquals(List.of("pdf", "epub"), publication.editions().stream().map(Publication.Edition::format).toList());
        assertEquals("urn:test", seen.get().sourceIdentifier());
    }

    @Test
    void aWriterRefusingTheContentNamesTheSource(@TempDir Path folder) {
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new ThrowingWriter("zzz",
                        EditionsException.of("EPUB edition", "the link target 'annex' cannot be followed"))).publish(folder));
        assertEquals("report.txt: EPUB edition: the link target 'annex' cannot be followed", e.getMessage());
    }

    @Test
    void aFailingWriterIsReportedAgainstTheSourceAndFormat(@TempDir Path folder) throws IOException {
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new ThrowingWriter("zzz", new IllegalStateException("index 3 out of bounds"))).publish(folder));
        assertEquals("report.txt: the zzz edition cannot be written: java.lang.IllegalStateException: index 3 out of"
                + " bounds", e.getMessage());
        assertEquals(List.of(), listing(folder));
    }

    @Test
    void republishingGivesTheSameBytes(@TempDir Path folder) throws IOException {
        draft(new TextWriter("aaa")).publish(folder.resolve("one"));
        draft(new TextWriter("aaa")).publish(folder.resolve("two"));
        assertArrayEquals(Files.readAllBytes(folder.resolve("one/report.aaa")),
                Files.readAllBytes(folder.resolve("two/report.aaa")));
    }
}
