package dev.editions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.text.PlainText;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's editions replace the earlier set whole, are recorded in a manifest, and an interrupted run is recovered. */
class PublishedSetTest {
    private static final EditionOptions PINNED = EditionOptions.builder()
            .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();

    /** Writes the document's text, and its first line as the companion file {@code files/NAME.txt}; counts its runs. */
    private record TextWriter(String format, AtomicInteger runs) implements EditionWriter {
        TextWriter(String format) {
            this(format, new AtomicInteger());
        }

        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "text/plain");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            runs.incrementAndGet();
            context.companions().add("files/" + format + ".txt",
                    PlainText.of(document.blocks().get(0)).getBytes(StandardCharsets.UTF_8));
            for (var block : document.blocks()) {
                out.write((PlainText.of(block) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return EditionReport.NONE;
        }
    }

    /** Fails as a full disk does. */
    private record FullDisk(String format) implements EditionWriter {
        @Override
        public WriterDescriptor descriptor() {
            return WriterDescriptor.of(format, format, "application/octet-stream");
        }

        @Override
        public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static Draft draft(String name, String text, EditionWriter... writers) {
        return Editions.create().withWriters(EditionWriters.of(List.of(writers))).withOptions(PINNED)
                .open(Source.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Draft report(String text) {
        return draft("report.txt", text, new TextWriter("aaa"), new TextWriter("bbb"));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(file -> RelativeName.of(folder, file)).sorted().toList();
        }
    }

    /** The warnings of a publication about what recovery found, as printed. */
    private static List<String> recovered(Publication publication) {
        return publication.diagnostics().stream().filter(d -> d.code().equals("output.recovered"))
                .map(Diagnostic::format).toList();
    }

    private static SetManifest manifest(Path folder, String key) throws IOException {
        return SetManifestJson.read(Files.readString(folder.resolve(".editions/" + key + ".json")));
    }

    /** Every file of the manifest is in place with its size and SHA-256. */
    private static void assertMatches(Path folder, SetManifest manifest) {
        assertEquals(SetManifest.State.COMPLETE, manifest.state());
        for (SetManifest.Entry entry : manifest.files()) {
            assertTrue(FileDigest.matches(RelativeName.resolve(folder, entry.file()), entry), entry.file());
        }
    }

    /** Leaves in {@code folder} what a run killed after writing its pending manifest leaves, {@code moved} files moved. */
    private static Path interruptedRun(Path folder, String text, int moved) throws IOException {
        Path scratch = Files.createTempDirectory("staged");
        report(text).publish(scratch);
        SetManifest staged = manifest(scratch, "report");
        try (SetLock lock = SetLock.acquire(folder, "report")) {
            String name = Staging.newName();
            lock.recordStaging(name);
            Staging staging = Staging.create(folder.toAbsolutePath(), name);
            for (SetManifest.Entry entry : staged.files()) {
                Path file = staging.newFile(entry.file());
                Files.copy(RelativeName.resolve(scratch, entry.file()), file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ManifestFile.write(lock, staged.in(SetManifest.State.PENDING, name));
            for (SetManifest.Entry entry : staged.moveOrder().subList(0, moved)) {
                Staging.move(RelativeName.resolve(staging.folder(), entry.file()), RelativeName.resolve(folder,
                        entry.file()));
            }
            return staging.folder();
        }
    }

    @Test
    void theSetIsRecordedInAManifestThatGivesTheSameBytesEachTime(@TempDir Path folder) throws IOException {
        report("First version.\n\nSecond paragraph.").publish(folder);
        byte[] first = Files.readAllBytes(folder.resolve(".editions/report.json"));
        report("First version.\n\nSecond paragraph.").publish(folder);
        assertArrayEquals(first, Files.readAllBytes(folder.resolve(".editions/report.json")));
        SetManifest manifest = manifest(folder, "report");
        assertEquals(List.of("files/aaa.txt", "files/bbb.txt", "report.aaa", "report.bbb"),
                manifest.files().stream().map(SetManifest.Entry::file).toList());
        assertEquals(List.of("aaa", "bbb", "aaa", "bbb"), manifest.files().stream().map(SetManifest.Entry::format)
                .toList());
        assertEquals(List.of(true, true, false, false), manifest.files().stream().map(SetManifest.Entry::companion)
                .toList());
        assertEquals("2026-01-01T00:00:00Z", manifest.modified());
        assertEquals("aaa,bbb", manifest.settings().get("formats"));
        assertMatches(folder, manifest);
        String json = new String(first, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,\n  \"name\" : \"report\",\n  \"state\" : \"complete\",\n"),
                json);
        assertEquals(List.of(".editions/report.json", ".editions/report.lock", "files/aaa.txt", "files/bbb.txt",
                "report.aaa", "report.bbb"), listing(folder), "no staging folder or temporary file is left");
    }

    @Test
    void publishingOneFormatAgainKeepsTheOthersInTheRecordWhileTheyAreUnchanged(@TempDir Path folder)
            throws IOException {
        report("First version.").publish(folder);
        report("Second version.").publish(folder, "aaa");
        SetManifest manifest = manifest(folder, "report");
        assertEquals(List.of("files/aaa.txt", "files/bbb.txt", "report.aaa", "report.bbb"),
                manifest.files().stream().map(SetManifest.Entry::file).toList());
        assertMatches(folder, manifest);
        assertEquals("First version.\n", Files.readString(folder.resolve("report.bbb")));
        Files.writeString(folder.resolve("report.bbb"), "edited");
        Publication publication = report("Third version.").publish(folder, "aaa");
        assertEquals(1, recovered(publication).size(), "the edit is reported");
        assertEquals(List.of("files/aaa.txt", "files/bbb.txt", "report.aaa", "report.bbb"),
                manifest(folder, "report").files().stream().map(SetManifest.Entry::file).toList());
        assertMatches(folder, manifest(folder, "report"));
    }

    @Test
    void aKilledRunWhosePendingSetIsWholeIsRolledForward(@TempDir Path folder) throws IOException {
        report("Old version.").publish(folder);
        Path staging = interruptedRun(folder, "New version.", 2);
        try (SetLock lock = SetLock.acquire(folder, "report")) {
            List<String> warnings = SetRecovery.recover(lock);
            assertEquals(List.of("an interrupted run left the editions in " + folder.toAbsolutePath()
                    + " partly replaced; rolled forward to its complete set"), warnings);
        }
        assertFalse(Files.exists(staging));
        assertEquals("New version.\n", Files.readString(folder.resolve("report.aaa")));
        assertEquals("New version.\n", Files.readString(folder.resolve("report.bbb")));
        assertEquals("New version.", Files.readString(folder.resolve("files/bbb.txt")));
        assertMatches(folder, manifest(folder, "report"));
    }

    @Test
    void aKilledRunWhosePendingSetLacksAFileIsRolledBack(@TempDir Path folder) throws IOException {
        report("Old version.").publish(folder);
        Path staging = interruptedRun(folder, "New version.", 0);
        Files.writeString(staging.resolve("report.bbb"), "damaged");
        try (SetLock lock = SetLock.acquire(folder, "report")) {
            List<String> warnings = SetRecovery.recover(lock);
            assertEquals(List.of("an interrupted run left an incomplete set in " + staging
                    + "; rolled back to the earlier editions"), warnings);
        }
        assertFalse(Files.exists(staging));
        assertEquals("Old version.\n", Files.readString(folder.resolve("report.aaa")));
        assertEquals("Old version.\n", Files.readString(folder.resolve("report.bbb")));
        assertMatches(folder, manifest(folder, "report"));
    }

    @Test
    void aRunKilledWhileStagingLeavesTheOldSetAndTheNextRunSaysSo(@TempDir Path folder) throws IOException {
        report("Old version.").publish(folder);
        Path staging;
        try (SetLock lock = SetLock.acquire(folder, "report")) {
            String name = Staging.newName();
            lock.recordStaging(name);
            staging = Staging.create(folder.toAbsolutePath(), name).folder();
            Files.writeString(staging.resolve("report.aaa"), "half an edi");
        }
        Publication publication = report("New version.").publish(folder);
        assertEquals(List.of("report.txt: warning: an interrupted run left an incomplete set in " + staging
                + "; rolled back to the earlier editions"),
                recovered(publication));
        assertFalse(Files.exists(staging));
        assertEquals("New version.\n", Files.readString(folder.resolve("report.aaa")));
        assertMatches(folder, manifest(folder, "report"));
    }

    @Test
    void aManifestThatNoLongerMatchesTheFilesIsWrittenAnew(@TempDir Path folder) throws IOException {
        report("Old version.").publish(folder);
        Files.writeString(folder.resolve("report.bbb"), "edited by hand");
        try (SetLock lock = SetLock.acquire(folder, "report")) {
            assertEquals(List.of(folder.toAbsolutePath().resolve("report.bbb") + " no longer match "
                    + lock.manifest() + "; recorded the set anew"), SetRecovery.recover(lock));
        }
        SetManifest manifest = manifest(folder, "report");
        assertMatches(folder, manifest);
        assertEquals(14, manifest.entry("report.bbb").orElseThrow().size());
        Publication publication = report("New version.").publish(folder);
        assertEquals(List.of(), recovered(publication));
    }

    @Test
    void anUnreadableManifestIsWrittenAnew(@TempDir Path folder) throws IOException {
        report("Old version.").publish(folder);
        Files.writeString(folder.resolve(".editions/report.json"), "{\"formatVersion\": 1, \"name\":");
        Publication publication = report("New version.").publish(folder);
        assertEquals(1, recovered(publication).size());
        assertTrue(recovered(publication).get(0).endsWith("; it is written anew"), recovered(publication).toString());
        assertMatches(folder, manifest(folder, "report"));
    }

    @Test
    void temporaryFilesOfOlderVersionsAreRemovedOnceTheyAreOld(@TempDir Path folder) throws IOException {
        Path old = Files.writeString(folder.resolve(".editions-0123456789ab.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.writeString(folder.resolve(".editions-ba9876543210.tmp"), "being written");
        Publication publication = report("Text.").publish(folder);
        assertEquals(List.of("report.txt: warning: removed 1 temporary file an interrupted run left in "
                + folder.toAbsolutePath()), recovered(publication));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }

    @Test
    void aFailedEditionIsRecordedAndItsEarlierFileKeptOutsideTheSet(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.zzz"), "earlier edition");
        Publication publication = draft("report.txt", "Text.", new TextWriter("aaa"), new FullDisk("zzz"))
                .publish(folder);
        assertEquals(List.of("zzz"), publication.failures().stream().map(Publication.Failure::format).toList());
        SetManifest manifest = manifest(folder, "report");
        assertEquals(List.of("zzz"), manifest.failed());
        assertTrue(manifest.entry("report.zzz").isEmpty());
        assertEquals("earlier edition", Files.readString(folder.resolve("report.zzz")));
        assertMatches(folder, manifest);
    }

    @Test
    void aSourceNameOf240BytesWorksAndLongerNamesAreRefusedBeforeAnyWriterRuns(@TempDir Path folder)
            throws IOException {
        String name = "é".repeat(120);
        draft(name + ".txt", "Text.", new TextWriter("aaa"), new TextWriter("bbb")).publish(folder);
        assertEquals("Text.\n", Files.readString(folder.resolve(name + ".aaa")));
        assertMatches(folder, manifest(folder, name));

        String longer = "a".repeat(251);
        draft(longer + ".txt", "Text.", new TextWriter("md")).publish(folder);
        assertTrue(Files.exists(folder.resolve(longer + ".md")), "a 254-byte edition name fits");
        assertMatches(folder, manifest(folder, SetLock.key(longer)));
        assertEquals(64, SetLock.key(longer).length(), "the manifest's name is the hash of a name too long for it");

        Path empty = Files.createDirectory(folder.resolve("empty"));
        TextWriter writer = new TextWriter("aaaa");
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft(longer + ".txt", "Text.", new TextWriter("md"), writer).publish(empty));
        assertEquals(empty.resolve(longer + ".aaaa") + ": cannot be written: its name is 256 bytes long and file"
                + " systems allow at most 255; use a shorter source name", e.getMessage());
        assertEquals(0, writer.runs().get());
        assertEquals(List.of(), listing(empty));
    }

    @Test
    void aFolderInTheWayIsRefusedBeforeAnyWriterRunsOrAnythingIsWritten(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("report.aaa"), "earlier edition");
        Files.createDirectory(folder.resolve("report.bbb"));
        TextWriter first = new TextWriter("aaa");
        EditionsException e = assertThrows(EditionsException.class,
                () -> draft("report.txt", "Text.", first, new TextWriter("bbb")).publish(folder));
        assertEquals(folder.resolve("report.bbb") + ": cannot be written: a folder of that name is in the way",
                e.getMessage());
        assertEquals(0, first.runs().get());
        assertEquals(List.of("report.aaa"), listing(folder));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of("report.aaa", "report.bbb"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder, no record");
        }
    }

    @Test
    void runsOfTheSameNameIntoOneFolderTakeTurns(@TempDir Path folder) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Publication>> runs = new ArrayList<>();
            for (int n = 0; n < 12; n++) {
                String text = "Version " + n + ".\n\n" + "Paragraph. ".repeat(200 * n);
                runs.add(pool.submit(() -> report(text).publish(folder)));
            }
            for (Future<Publication> run : runs) {
                assertEquals(List.of(), recovered(run.get()));
            }
        } finally {
            pool.shutdown();
        }
        SetManifest manifest = manifest(folder, "report");
        assertMatches(folder, manifest);
        assertEquals(Files.readString(folder.resolve("report.aaa")), Files.readString(folder.resolve("report.bbb")),
                "both editions come from the same run");
        assertEquals(List.of(".editions/report.json", ".editions/report.lock", "files/aaa.txt", "files/bbb.txt",
                "report.aaa", "report.bbb"), listing(folder));
    }
}
