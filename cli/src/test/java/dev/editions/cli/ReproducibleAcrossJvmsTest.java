package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Editions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing in two separate JVMs, and in this one, gives byte-identical editions of every format,
 * with and without {@code SOURCE_DATE_EPOCH}.
 */
@Tag("slow")
class ReproducibleAcrossJvmsTest {
    private static final Path SAMPLE = Path.of("../samples/defining-dialogue.txt");

    @BeforeAll
    static void needsWriters() {
        assertTrue(Editions.create().formats().containsAll(List.of("pdf", "docx", "epub", "md")),
                () -> "writers missing from the build: " + Editions.create().formats());
    }

    private static void publishInNewJvm(Path output, String sourceDateEpoch) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "publish", SAMPLE.toString(), "-o", output.toString())
                .redirectErrorStream(true);
        builder.environment().remove("SOURCE_DATE_EPOCH");
        if (sourceDateEpoch != null) {
            builder.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), out);
    }

    private static void assertSameFiles(Path one, Path two) throws IOException {
        List<Path> files;
        try (var listing = Files.list(one)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(Editions.create().formats().size(), files.size());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(two.resolve(file.getFileName())),
                    () -> file.getFileName() + " differs between runs");
        }
    }

    @Test
    void withoutAnEpochEditionsAreDatedAtTheRun(@TempDir Path folder) throws Exception {
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publishInNewJvm(folder, null);
        java.time.Instant after = java.time.Instant.now();
        String opf;
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(folder.resolve("defining-dialogue.epub").toFile())) {
            opf = new String(epub.getInputStream(epub.getEntry("EPUB/package.opf")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher modified = java.util.regex.Pattern
                .compile("property=\"dcterms:modified\">([^<]+)<").matcher(opf);
        assertTrue(modified.find(), opf);
        java.time.Instant dated = java.time.Instant.parse(modified.group(1));
        assertTrue(!dated.isBefore(before) && !dated.isAfter(after), dated + " is the time of the run");
    }

    @Test
    void sourceDateEpochIsHonouredAcrossJvms(@TempDir Path folder) throws Exception {
        publishInNewJvm(folder.resolve("first"), "1700000000");
        publishInNewJvm(folder.resolve("second"), "1700000000");
        assertSameFiles(folder.resolve("first"), folder.resolve("second"));
    }
}
