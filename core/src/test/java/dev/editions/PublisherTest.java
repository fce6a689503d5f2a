package dev.editions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.LockedFolder;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import dev.editions.write.PageMap;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "text/plain");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            for (var block : document.blocks()) {
                out.write((PlainText.of(block) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return EditionReport.NONE;
        }
    }

    /** Writes the document's text and one companion file, {@code files/NAME.txt}, holding its first line. */
    private record CompanionWriter(String format, String name) implements EditionWriter {
        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "text/plain");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            String first = PlainText.of(document.blocks().get(0));
            context.companions().add("files/" + name + ".txt", first.getBytes(StandardCharsets.UTF_8));
            out.write(("see files/" + name + ".txt\n").getBytes(StandardCharsets.UTF_8));
            return EditionReport.NONE;
        }
    }

    /** Writes half an edition, then fails as a full disk does. */
    private record DiskFullWriter(String format) implements EditionWriter {
        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "application/octet-stream");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            out.write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        }
    }

    /** A paginated writer that reports where its pages start, under a name no core code knows. */
    private record PagedWriter() implements EditionWriter {
        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of("print", "prn", "application/octet-stream").paginating();
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            out.write('%');
            return EditionReport.paginated(new PageMap("urn:test", List.of(new PageMap.PageStart("1", 0, 0))));
        }
    }

    /** Needs a page map and records the context it was given; warns about the content. */
    private static final class PageUser implements EditionWriter {
        private final AtomicReference<WriteContext> seen = new AtomicReference<>();

        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of("reader", "rdr", "application/octet-stream")
                    .needing(WriterDescriptor.Need.PAGE_MAP);
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) {
            seen.set(context);
            context.diagnostics().warn(2, "test.warning", "something was kept as text");
            return EditionReport.NONE;
        }
    }

    /** Fails with {@code failure}: a refusal of the content, or a bug. */
    private record ThrowingWriter(String format, RuntimeException failure) implements EditionWriter {
        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "application/octet-stream");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) {
            throw failure;
        }
    }

    private static Draft draft(EditionWriter... writers) {
        return inEnglish(Editions.create().withWriters(EditionWriters.of(List.of(writers)))
                .open(Source.of("report.txt", REPORT)));
    }

    /** The draft with its language set, as the normaliser would find it, so no warning says it is unknown. */
    private static Draft inEnglish(Draft draft) {
        return draft.withDocument(draft.document().withMetadata(
                draft.document().metadata().toBuilder().language("en").build()));
    }

    private static Draft allOrNothing(EditionWriter... writers) {
        return Editions.create().withWriters(EditionWriters.of(List.of(writers))).allOrNothing(true)
                .open(Source.of("report.txt", REPORT));
    }

    /** The files in {@code folder}, without the record of the sets ({@code .editions}). */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".editions")).sorted()
                    .toList();
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
                () -> allOrNothing(new TextWriter("aaa"), new DiskFullWriter("zzz")).publish(folder));
        assertEquals(folder.resolve("report.zzz") + ": cannot be written: No space left on device", e.getMessage());
        assertEquals(List.of("report.aaa", "report.zzz"), listing(folder));
        assertEquals("earlier edition", Files.readString(folder.resolve("report.aaa")));
        assertEquals("earlier edition too", Files.readString(folder.resolve("report.zzz")));
    }

    @Test
    void aFailingEditionDoesNotBlockTheOthersAndLeavesItsOldFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.zzz"), "earlier edition");
        Publication publication = draft(new TextWriter("aaa"), new DiskFullWriter("zzz"),
                new ThrowingWriter("yyy", new IllegalStateException("a bug"))).publish(folder);
        assertEquals(List.of("aaa"), publication.editions().stream().map(Publication.Edition::format).toList());
        assertEquals(List.of("yyy", "zzz"), publication.failures().stream().map(Publication.Failure::format).toList());
        assertEquals(folder.resolve("report.zzz") + ": cannot be written: No space left on device",
                publication.failures().get(1).message());
        assertEquals("report.txt: the yyy edition cannot be written: java.lang.IllegalStateException: a bug",
                publication.failures().get(0).message());
        assertFalse(publication.complete());
        assertEquals("A short report.\nIt has two paragraphs.\n", Files.readString(folder.resolve("report.aaa")));
        assertEquals("earlier edition", Files.readString(folder.resolve("report.zzz")));
        assertEquals(List.of("report.aaa", "report.zzz"), listing(folder), "no temporary file is left");
    }

    @Test
    void whenNoEditionCanBeWrittenEveryReasonIsGiven(@TempDir Path folder) throws IOException {
        EditionsException e = assertThrows(EditionsException.class, () -> draft(new DiskFullWriter("zzz"),
                new ThrowingWriter("yyy", EditionsException.of("report.txt", "no glyph for U+4E2D"))).publish(folder));
        assertEquals("report.txt: no edition could be written:\n  yyy: report.txt: no glyph for U+4E2D\n  zzz: "
                + folder.resolve("report.zzz") + ": cannot be written: No space left on device", e.getMessage());
        assertEquals(List.of(), listing(folder));
    }

    @Test
    void aFailingRunDoesNotLeaveTheFoldersItCreated(@TempDir Path folder) {
        Path output = folder.resolve("new/editions");
        assertThrows(EditionsException.class,
                () -> allOrNothing(new TextWriter("aaa"), new DiskFullWriter("zzz")).publish(output));
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
        Path output = Files.createDirectory(folder.resolve("locked"));
        try (LockedFolder locked = LockedFolder.lock(output)) {
            EditionsException e = assertThrows(EditionsException.class,
                    () -> draft(new TextWriter("aaa")).publish(output));
            assertEquals(output + ": the output folder is not writable", e.getMessage());
        }
    }

    @Test
    void unknownFormatListsTheFormatsPresent(@TempDir Path folder) {
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new TextWriter("bbb")).publish(folder, "pdf"));
        assertEquals("no writer for format 'pdf'; the formats available are aaa, bbb", e.getMessage());
    }

    @Test
    void thePaginatedEditionIsWrittenFirstAndItsPagesPassedOn(@TempDir Path folder) {
        PageUser user = new PageUser();
        Publication publication = draft(user, new PagedWriter(), new TextWriter("aaa"))
                .publish(folder, "reader", "aaa", "print");
        assertEquals(List.of("print", "aaa", "reader"),
                publication.editions().stream().map(Publication.Edition::format).toList());
        assertEquals("urn:test", user.seen.get().pageMap().orElseThrow().sourceIdentifier());
    }

    @Test
    void writerDiagnosticsAreReturnedWithTheSourceAndLine(@TempDir Path folder) {
        Publication publication = draft(new PageUser()).publish(folder);
        assertEquals(List.of(new Diagnostic("report.txt", 2, "test.warning", "something was kept as text")),
                publication.diagnostics());
        assertEquals("report.txt:2: warning: something was kept as text", publication.diagnostics().get(0).format());
    }

    @Test
    void aReportInAnUnknownLanguageIsWrittenWithAWarning(@TempDir Path folder) {
        Draft draft = Editions.create().withWriters(EditionWriters.of(List.of(new TextWriter("aaa"))))
                .open(Source.of("report.txt", REPORT));
        Publication publication = draft.publish(folder);
        assertEquals(1, publication.editions().size());
        assertEquals(List.of("language.unknown"), publication.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(List.of(), inEnglish(draft).publish(folder).diagnostics());
    }

    @Test
    void strictRunsRefuseDiagnosticsAndWriteNothing(@TempDir Path folder) throws IOException {
        Draft draft = Editions.create().withWriters(EditionWriters.of(List.of(new TextWriter("aaa"), new PageUser())))
                .strict(true).open(Source.of("report.txt", REPORT));
        EditionsException e = assertThrows(EditionsException.class, () -> inEnglish(draft).publish(folder));
        assertEquals("report.txt: refused in strict mode: 1 warning\n  report.txt:2: warning: something was kept"
                + " as text", e.getMessage());
        assertEquals(List.of(), listing(folder));
    }

    @Test
    void theModificationTimeIsTheEpochElseTheOptionElseTheClock(@TempDir Path folder) {
        PageUser user = new PageUser();
        Editions editions = Editions.create().withWriters(EditionWriters.of(List.of(user)))
                .withClock(Clock.fixed(Instant.parse("2031-05-06T07:08:09.750Z"), ZoneOffset.UTC));
        editions.withOptions(EditionOptions.builder().build()).open(Source.of("report.txt", REPORT)).publish(folder);
        assertEquals(Instant.parse("2031-05-06T07:08:09Z"), user.seen.get().modified());
        EditionOptions option = EditionOptions.builder().timestamp(Instant.parse("2020-01-01T00:00:00Z")).build();
        editions.withOptions(option).open(Source.of("report.txt", REPORT)).publish(folder);
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), user.seen.get().modified());
        EditionOptions epoch = option.toBuilder().environment(Map.of("SOURCE_DATE_EPOCH", "1700000000")).build();
        editions.withOptions(epoch).open(Source.of("report.txt", REPORT)).publish(folder);
        assertEquals(Instant.ofEpochSecond(1700000000), user.seen.get().modified());
    }

    @Test
    void editionsAreReadableByOthersAsTheUmaskAllows(@TempDir Path folder) throws IOException {
        Path probe = Files.createFile(folder.resolve("probe"));
        draft(new TextWriter("aaa")).publish(folder);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(folder.resolve("report.aaa")));
        assertTrue(Files.getPosixFilePermissions(folder.resolve("report.aaa"))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
    }

    @Test
    void aSourceIsNeverOverwrittenByItsOwnEdition(@TempDir Path folder) throws IOException {
        Path source = Files.write(folder.resolve("report.aaa"), REPORT);
        Files.write(folder.resolve("report.txt"), REPORT);
        Draft draft = Editions.create().withWriters(EditionWriters.of(List.of(new TextWriter("aaa"), new TextWriter("bbb"))))
                .withReaders(dev.editions.read.SourceReaders.of(List.of(new dev.editions.read.PlainTextReader())))
                .open(Source.of(folder.resolve("report.txt")));
        Files.delete(folder.resolve("report.aaa"));
        Files.createSymbolicLink(folder.resolve("report.aaa"), folder.resolve("report.txt"));
        EditionsException e = assertThrows(EditionsException.class, () -> draft.publish(folder));
        assertTrue(e.getMessage().contains("would overwrite the source itself"), e.getMessage());
        assertArrayEquals(REPORT, Files.readAllBytes(folder.resolve("report.txt")));
        assertFalse(Files.exists(folder.resolve("report.bbb")));
        assertTrue(Files.isSymbolicLink(source));
    }

    @Test
    void aFolderInTheWayOfAnEditionIsNamedAndNothingIsReplaced(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.aaa"), "earlier edition");
        Files.createDirectory(folder.resolve("report.bbb"));
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new TextWriter("aaa"), new TextWriter("bbb")).publish(folder));
        assertEquals(folder.resolve("report.bbb") + ": cannot be written: a folder of that name is in the way",
                e.getMessage());
        assertEquals("earlier edition", Files.readString(folder.resolve("report.aaa")));
        assertEquals(List.of("report.aaa", "report.bbb"), listing(folder));
    }

    @Test
    void aWriterRefusingTheContentNamesTheSource(@TempDir Path folder) {
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(new ThrowingWriter("zzz",
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

    @Test
    void companionFilesArePublishedWithTheirEdition(@TempDir Path folder) throws IOException {
        Publication publication = draft(new CompanionWriter("aaa", "one"), new CompanionWriter("bbb", "two"))
                .publish(folder);
        assertTrue(publication.complete());
        assertEquals(List.of("files", "report.aaa", "report.bbb"), listing(folder));
        assertEquals(List.of("one.txt", "two.txt"), listing(folder.resolve("files")), "no temporary file is left");
        assertEquals("A short report.", Files.readString(folder.resolve("files/one.txt")));
    }

    @Test
    void aFailingRunLeavesNoCompanionFileNorItsFolder(@TempDir Path folder) throws IOException {
        assertThrows(EditionsException.class,
                () -> allOrNothing(new CompanionWriter("aaa", "one"), new DiskFullWriter("zzz")).publish(folder));
        assertEquals(List.of(), listing(folder));
    }

    @Test
    void companionFilesCannotLeaveTheOutputFolder() {
        dev.editions.write.CompanionFiles files = new dev.editions.write.CompanionFiles();
        for (String path : List.of("../x.png", "/etc/x", "a//b", ".hidden/x", "a/../../b", "a\\b", "")) {
            assertThrows(IllegalArgumentException.class, () -> files.add(path, new byte[] {1}), path);
        }
        files.add("images/ab/x.png", new byte[] {1});
        files.add("images/ab/x.png", new byte[] {1});
        assertThrows(IllegalArgumentException.class, () -> files.add("images/ab/x.png", new byte[] {2}));
        assertEquals(1, files.files().size());
    }
}
